# sysconfig: the interpreter's configuration (test.support reads get_config_var; the
# CPython one found along sys.path needs its build's _sysconfigdata module). Only what
# does not depend on the installation is compared with CPython.
import sysconfig

print(sysconfig.get_python_version(), sysconfig.get_config_var('VERSION'),
      sysconfig.get_config_var('py_version_nodot'), sysconfig.get_config_var('Py_DEBUG'),
      sysconfig.get_config_var('no such variable'))
print(sysconfig.get_config_vars('VERSION', 'no such variable', 'py_version_short'))
print(sysconfig.get_path_names(), 'posix_prefix' in sysconfig.get_scheme_names())
print(sysconfig.get_paths('posix_home', vars={'base': '/x', 'installed_base': '/y'}))
print(sysconfig.get_path('scripts', 'posix_prefix', expand=False),
      sysconfig.get_path('purelib', 'posix_prefix', vars={'base': '/opt/x/../p'}))
print(sysconfig.get_platform().startswith('linux-'), sysconfig.is_python_build())
print(isinstance(sysconfig.get_config_vars(), dict),
      sysconfig.get_config_vars() is sysconfig.get_config_vars())
