"""argparse parser: argument containers (groups), ArgumentParser and the
parsing algorithm (pattern string of O/A/- matched per nargs regex)."""

import os as _os
import re as _re
import sys as _sys
import argparse as _ap
from argparse import (SUPPRESS, OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE, PARSER,
                      REMAINDER, Namespace, ArgumentError, ArgumentTypeError,
                      _action_name, _UNRECOGNIZED, _AttributeHolder)

_NEG_NUM = _re.compile(r'^-\d+$|^-\d*\.\d+$')


class _ActionsContainer:
    def __init__(self, description, prefix_chars, argument_default,
                 conflict_handler):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        if conflict_handler not in ("error", "resolve"):
            raise ValueError('invalid conflict_resolution value: %r' % conflict_handler)
        self._registries = {}
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, obj):
        self._registries.setdefault(registry_name, {})[value] = obj

    def _registry_get(self, registry_name, value, default=None):
        reg = self._registries.get(registry_name, {})
        if value in reg:
            return reg[value]
        if registry_name == "action" and value in _ap._REGISTRY:
            return _ap._REGISTRY[value]
        return default

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0][0] not in chars:
            if args and "dest" in kwargs:
                raise ValueError("dest supplied twice for positional argument")
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        if "default" not in kwargs:
            dest = kwargs["dest"]
            if dest in self._defaults:
                kwargs["default"] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs["default"] = self.argument_default
        action_class = kwargs.pop("action", None)
        cls = action_class
        if not callable(cls):
            cls = self._registry_get("action", action_class, action_class)
        if not callable(cls):
            raise ValueError('unknown action "%s"' % (cls,))
        action = cls(**kwargs)
        type_func = self._registry_get("type", action.type, action.type)
        if not callable(type_func):
            raise ValueError("%r is not callable" % (type_func,))
        if type_func is _ap.FileType:
            raise ValueError("%r is a FileType class object, instance of it"
                             " must be passed" % (type_func,))
        if hasattr(self, "_get_formatter"):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError("length of metavar tuple does not match nargs")
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for s in action.option_strings:
            self._option_string_actions[s] = action
        for s in action.option_strings:
            if _NEG_NUM.match(s):
                if not self._has_negative_number_optionals:
                    self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        title_group_map = {}
        for group in self._action_groups:
            title_group_map[group.title] = group
        group_map = {}
        for group in container._action_groups:
            if group.title not in title_group_map:
                title_group_map[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                group_map[action] = title_group_map[group.title]
        for group in container._mutually_exclusive_groups:
            mutex = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                group_map[action] = mutex
        for action in container._actions:
            group_map.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if "required" in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        if kwargs.get("nargs") not in (OPTIONAL, ZERO_OR_MORE):
            kwargs["required"] = True
        if kwargs.get("nargs") == ZERO_OR_MORE and "default" not in kwargs:
            kwargs["required"] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_option_strings = []
        for s in args:
            if not s or s[0] not in self.prefix_chars:
                raise ValueError("invalid option string %r: must start with a "
                                 "character %r" % (s, self.prefix_chars))
            option_strings.append(s)
            if len(s) > 1 and s[1] in self.prefix_chars:
                long_option_strings.append(s)
        dest = kwargs.pop("dest", None)
        if dest is None:
            if long_option_strings:
                dest_string = long_option_strings[0]
            else:
                dest_string = option_strings[0]
            dest = dest_string.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError("dest= is required for options like %r"
                                 % option_strings[0])
            dest = dest.replace("-", "_")
        return dict(kwargs, dest=dest, option_strings=option_strings)

    def _check_conflict(self, action):
        conflicts = []
        for s in action.option_strings:
            if s in self._option_string_actions:
                conflicts.append((s, self._option_string_actions[s]))
        if not conflicts:
            return
        if self.conflict_handler == "resolve":
            for s, other in conflicts:
                other.option_strings.remove(s)
                self._option_string_actions.pop(s, None)
                if not other.option_strings:
                    other.container._remove_action(other)
            return
        msg = "conflicting option string%s: %s" % (
            "s" if len(conflicts) > 1 else "",
            ", ".join([s for s, _ in conflicts]))
        raise ArgumentError(action, msg)


class _ArgumentGroup(_ActionsContainer):
    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault("conflict_handler", container.conflict_handler)
        kwargs.setdefault("prefix_chars", container.prefix_chars)
        kwargs.setdefault("argument_default", container.argument_default)
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        self._registries = container._registries
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = \
            container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError("mutually exclusive arguments must be optional")
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


def _nargs_pattern(action):
    n = action.nargs
    if n is None:
        p = "(-*A-*)"
    elif n == OPTIONAL:
        p = "(-*A?-*)"
    elif n == ZERO_OR_MORE:
        p = "(-*[A-]*)"
    elif n == ONE_OR_MORE:
        p = "(-*A[A-]*)"
    elif n == REMAINDER:
        p = "([-AO]*)"
    elif n == PARSER:
        p = "(-*A[-AO]*)"
    elif n == SUPPRESS:
        p = "(-*-*)"
    else:
        p = "(-*%s-*)" % "-*".join("A" * n)
    if action.option_strings:
        p = p.replace("-*", "").replace("-", "")
    return p


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=None, prefix_chars="-",
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler="error", add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default,
                         conflict_handler=conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv else ""
        if formatter_class is None:
            formatter_class = _ap.HelpFormatter
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group("positional arguments")
        self._optionals = self.add_argument_group("options")
        self._subparsers = None
        self.register("type", None, lambda s: s)
        default_prefix = "-" if "-" in prefix_chars else prefix_chars[0]
        if self.add_help:
            self.add_argument(default_prefix + "h", default_prefix * 2 + "help",
                              action="help", default=SUPPRESS,
                              help="show this help message and exit")
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def _get_kwargs(self):
        names = ["prog", "usage", "description", "formatter_class",
                 "conflict_handler", "add_help"]
        return [(n, getattr(self, n)) for n in names]

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error("cannot have multiple subparser arguments")
        kwargs.setdefault("parser_class", type(self))
        if "title" in kwargs or "description" in kwargs:
            title = kwargs.pop("title", "subcommands")
            description = kwargs.pop("description", None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get("prog") is None:
            fmt = self._get_formatter()
            positionals = self._get_positional_actions()
            fmt.add_usage(self.usage, positionals,
                          self._mutually_exclusive_groups, "")
            kwargs["prog"] = fmt.format_help().strip()
        parsers_class = self._registry_get("action", "parsers")
        action = parsers_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # -------------------------------------------------- parsing
    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error("unrecognized arguments: %s" % " ".join(argv))
        return args

    def parse_intermixed_args(self, args=None, namespace=None):
        """As parse_args, but positionals may come between optionals (no extras)."""
        args, argv = self.parse_known_intermixed_args(args, namespace)
        if argv:
            self.error("unrecognized arguments: %s" % " ".join(argv))
        return args

    def parse_known_intermixed_args(self, args=None, namespace=None):
        """Positionals and optionals freely intermixed: the optionals are parsed first
        with every positional switched off, then the rest fill the positionals. A
        parser with subparsers, REMAINDER or a positional in a mutually exclusive group
        cannot be parsed that way (TypeError)."""
        positionals = self._get_positional_actions()
        odd = [a for a in positionals if a.nargs in (PARSER, REMAINDER)]
        if odd:
            raise TypeError("parse_intermixed_args: positional arg with nargs=%s"
                            % odd[0].nargs)
        if any(a in positionals for group in self._mutually_exclusive_groups
               for a in group._group_actions):
            raise TypeError("parse_intermixed_args: positional in mutuallyExclusiveGroup")
        save_usage = self.usage
        try:
            if self.usage is None:
                # error messages show the full usage, positionals included
                self.usage = self.format_usage()[7:]
            saved = [(a, a.nargs, a.default) for a in positionals]
            try:
                for a in positionals:
                    a.nargs = SUPPRESS
                    a.default = SUPPRESS
                namespace, remaining = self.parse_known_args(args, namespace)
                for a in positionals:
                    if hasattr(namespace, a.dest) and getattr(namespace, a.dest) == []:
                        from warnings import warn
                        warn("Do not expect %s in %s" % (a.dest, namespace))
                        delattr(namespace, a.dest)
            finally:
                for a, nargs, default in saved:
                    a.nargs = nargs
                    a.default = default
            optionals = self._get_optional_actions()
            saved_req = [(a, a.required) for a in optionals]
            saved_groups = [(g, g.required) for g in self._mutually_exclusive_groups]
            try:
                # every optional was seen in the first pass: none is required now
                for a in optionals:
                    a.required = False
                for g in self._mutually_exclusive_groups:
                    g.required = False
                namespace, extras = self.parse_known_args(remaining, namespace)
            finally:
                for a, req in saved_req:
                    a.required = req
                for g, req in saved_groups:
                    g.required = req
        finally:
            self.usage = save_usage
        return namespace, extras

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and action.default is not SUPPRESS:
                if not hasattr(namespace, action.dest):
                    setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if hasattr(namespace, _UNRECOGNIZED):
            args.extend(getattr(namespace, _UNRECOGNIZED))
            delattr(namespace, _UNRECOGNIZED)
        return namespace, args

    def _read_args_from_files(self, arg_strings):
        out = []
        for s in arg_strings:
            if not s or s[0] not in self.fromfile_prefix_chars:
                out.append(s)
                continue
            try:
                with open(s[1:]) as f:
                    lines = f.read().splitlines()
            except OSError as err:
                self.error(str(err))
            args = []
            for line in lines:
                args.extend(self.convert_arg_line_to_args(line))
            out.extend(self._read_args_from_files(args))
        return out

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)
        conflicts = {}
        for group in self._mutually_exclusive_groups:
            ga = group._group_actions
            for i, a in enumerate(ga):
                c = conflicts.setdefault(a, [])
                c.extend(ga[:i])
                c.extend(ga[i + 1:])
        option_indices = {}
        pattern_parts = []
        i = 0
        n = len(arg_strings)
        while i < n:
            s = arg_strings[i]
            if s == "--":
                pattern_parts.append("-")
                i += 1
                while i < n:
                    pattern_parts.append("A")
                    i += 1
                break
            tup = self._parse_optional(s)
            if tup is None:
                pattern_parts.append("A")
            else:
                option_indices[i] = tup
                pattern_parts.append("O")
            i += 1
        pattern = "".join(pattern_parts)
        seen = set()
        seen_non_default = set()
        extras = []
        positionals = self._get_positional_actions()

        def take_action(action, strings, option_string=None):
            seen.add(action)
            values = self._get_values(action, strings)
            if values is not action.default:
                seen_non_default.add(action)
                for other in conflicts.get(action, []):
                    if other in seen_non_default:
                        raise ArgumentError(action, "not allowed with argument %s"
                                            % _action_name(other))
            if values is not SUPPRESS:
                action(self, namespace, values, option_string)

        def consume_optional(start):
            action, option_string, explicit_arg = option_indices[start]
            tuples = []
            while True:
                if action is None:
                    extras.append(arg_strings[start])
                    return start + 1
                if explicit_arg is not None:
                    count = self._match_argument(action, "A")
                    chars = self.prefix_chars
                    if (count == 0 and option_string[1] not in chars
                            and explicit_arg != ""):
                        tuples.append((action, [], option_string))
                        option_string = option_string[0] + explicit_arg[0]
                        new_explicit = explicit_arg[1:] or None
                        if option_string in self._option_string_actions:
                            action = self._option_string_actions[option_string]
                            explicit_arg = new_explicit
                        else:
                            raise ArgumentError(action, "ignored explicit "
                                                "argument %r" % explicit_arg)
                    elif count == 1:
                        stop = start + 1
                        tuples.append((action, [explicit_arg], option_string))
                        break
                    else:
                        raise ArgumentError(action, "ignored explicit argument %r"
                                            % explicit_arg)
                else:
                    first = start + 1
                    count = self._match_argument(action, pattern[first:])
                    stop = first + count
                    tuples.append((action, arg_strings[first:stop], option_string))
                    break
            for action, args, option_string in tuples:
                take_action(action, args, option_string)
            return stop

        def consume_positionals(start):
            counts = self._match_arguments_partial(positionals, pattern[start:])
            for action, count in zip(positionals, counts):
                args = arg_strings[start:start + count]
                start += count
                take_action(action, args)
            del positionals[:len(counts)]
            return start

        start = 0
        max_opt = max(option_indices) if option_indices else -1
        while start <= max_opt:
            next_opt = min([k for k in option_indices if k >= start])
            if start != next_opt:
                end = consume_positionals(start)
                if end > start:
                    start = end
                    continue
                start = end
            if start not in option_indices:
                extras.extend(arg_strings[start:next_opt])
                start = next_opt
            start = consume_optional(start)
        stop = consume_positionals(start)
        extras.extend(arg_strings[stop:])

        required = []
        for action in self._actions:
            if action not in seen:
                if action.required:
                    required.append(_action_name(action))
                elif (action.default is not None
                      and isinstance(action.default, str)
                      and hasattr(namespace, action.dest)
                      and action.default is getattr(namespace, action.dest)):
                    setattr(namespace, action.dest,
                            self._get_value(action, action.default))
        if required:
            self.error("the following arguments are required: %s"
                       % ", ".join(required))
        for group in self._mutually_exclusive_groups:
            if group.required:
                for action in group._group_actions:
                    if action in seen_non_default:
                        break
                else:
                    names = [_action_name(a) for a in group._group_actions
                             if a.help is not SUPPRESS]
                    self.error("one of the arguments %s is required"
                               % " ".join(names))
        return namespace, extras

    def _match_argument(self, action, pattern):
        m = _re.match(_nargs_pattern(action), pattern)
        if m is None:
            n = action.nargs
            if n is None:
                msg = "expected one argument"
            elif n == OPTIONAL:
                msg = "expected at most one argument"
            elif n == ONE_OR_MORE:
                msg = "expected at least one argument"
            elif n == 1:
                msg = "expected 1 argument"
            else:
                msg = "expected %s arguments" % n
            raise ArgumentError(action, msg)
        return len(m.group(1))

    def _match_arguments_partial(self, actions, pattern):
        for i in range(len(actions), 0, -1):
            p = "".join([_nargs_pattern(a) for a in actions[:i]])
            m = _re.match(p, pattern)
            if m is not None:
                return [len(g) for g in m.groups()]
        return []

    def _parse_optional(self, s):
        if not s:
            return None
        if s[0] not in self.prefix_chars:
            return None
        if s in self._option_string_actions:
            return self._option_string_actions[s], s, None
        if len(s) == 1:
            return None
        if "=" in s:
            opt, arg = s.split("=", 1)
            if opt in self._option_string_actions:
                return self._option_string_actions[opt], opt, arg
        tuples = self._get_option_tuples(s)
        if len(tuples) > 1:
            opts = ", ".join([t[1] for t in tuples])
            self.error("ambiguous option: %s could match %s" % (s, opts))
        elif len(tuples) == 1:
            return tuples[0]
        if _NEG_NUM.match(s):
            if not self._has_negative_number_optionals:
                return None
        if " " in s:
            return None
        return None, s, None

    def _get_option_tuples(self, s):
        result = []
        chars = self.prefix_chars
        if s[0] in chars and s[1] in chars:
            if self.allow_abbrev:
                if "=" in s:
                    prefix, arg = s.split("=", 1)
                else:
                    prefix, arg = s, None
                for o in self._option_string_actions:
                    if o.startswith(prefix):
                        result.append((self._option_string_actions[o], o, arg))
        elif s[0] in chars and s[1] not in chars:
            short_prefix = s[:2]
            short_arg = s[2:]
            for o in self._option_string_actions:
                action = self._option_string_actions[o]
                if o == short_prefix:
                    result.append((action, o, short_arg))
                elif o.startswith(s) and self.allow_abbrev:
                    result.append((action, o, None))
        else:
            self.error("unexpected option string: %s" % s)
        return result

    def _get_values(self, action, strings):
        if action.nargs not in (PARSER, REMAINDER):
            try:
                strings.remove("--")
            except ValueError:
                pass
        if not strings and action.nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif (not strings and action.nargs == ZERO_OR_MORE
              and not action.option_strings):
            value = action.default if action.default is not None else strings
            self._check_value(action, value)
        elif len(strings) == 1 and action.nargs in (None, OPTIONAL):
            value = self._get_value(action, strings[0])
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, v) for v in strings]
        elif action.nargs == PARSER:
            value = [self._get_value(action, v) for v in strings]
            self._check_value(action, value[0])
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, v) for v in strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, s):
        type_func = self._registry_get("type", action.type, action.type)
        if not callable(type_func):
            raise ArgumentError(action, "%r is not callable" % (type_func,))
        try:
            return type_func(s)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, "__name__", repr(action.type))
            raise ArgumentError(action, "invalid %s value: %r" % (name, s))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ", ".join(map(repr, action.choices))
            raise ArgumentError(action, "invalid choice: %r (choose from %s)"
                                % (value, choices))

    # -------------------------------------------------- help and errors
    def format_usage(self):
        fmt = self._get_formatter()
        fmt.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return fmt.format_help()

    def format_help(self):
        fmt = self._get_formatter()
        fmt.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        fmt.add_text(self.description)
        for group in self._action_groups:
            fmt.start_section(group.title)
            fmt.add_text(group.description)
            fmt.add_arguments(group._group_actions)
            fmt.end_section()
        fmt.add_text(self.epilog)
        return fmt.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_usage(), file)

    def print_help(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_help(), file)

    def _print_message(self, message, file=None):
        if message:
            if file is None:
                file = _sys.stderr
            file.write(message)

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.prog, message))


for _c in (ArgumentParser, _ArgumentGroup, _MutuallyExclusiveGroup):
    _c.__module__ = "argparse"
