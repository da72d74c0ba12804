# imports a module that does not exist
import mod_fromerr_missing_dep
