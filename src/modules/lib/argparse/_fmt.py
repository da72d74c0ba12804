"""argparse help formatters: usage line (with wrapping), argument sections
and text filling, laid out like CPython 3.11's HelpFormatter."""

import os as _os
import re as _re
import textwrap as _textwrap
from argparse import (SUPPRESS, OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE,
                      PARSER, REMAINDER)

_PART_RE = _re.compile(r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+')


def _term_width():
    try:
        c = int(_os.environ["COLUMNS"])
        if c > 0:
            return c
    except (KeyError, ValueError):
        pass
    try:
        c = _os.get_terminal_size(1).columns
        if c > 0:
            return c
    except Exception:
        pass
    return 80


class HelpFormatter:
    def __init__(self, prog, indent_increment=2, max_help_position=24,
                 width=None):
        if width is None:
            width = _term_width() - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._action_max_length = 0
        # items: ("usage", ...), ("text", text, indent), ("section", ...)
        self._items = []
        self._section = None

    # -------------------------------------------------- building
    def start_section(self, heading):
        self._section = [heading, []]
        self._current_indent += self._indent_increment

    def end_section(self):
        self._items.append(("section", self._section))
        self._section = None
        self._current_indent -= self._indent_increment

    def _add(self, item):
        if self._section is not None:
            self._section[1].append(item)
        else:
            self._items.append(item)

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._add(("text", text, self._current_indent))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._add(("usage", usage, actions, groups, prefix))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        inv = self._format_action_invocation(action)
        n = len(inv) + self._current_indent
        if n > self._action_max_length:
            self._action_max_length = n
        self._current_indent += self._indent_increment
        for sub in self._subactions(action):
            inv = self._format_action_invocation(sub)
            n = len(inv) + self._current_indent
            if n > self._action_max_length:
                self._action_max_length = n
        self._current_indent -= self._indent_increment
        self._add(("action", action, self._current_indent))

    def add_arguments(self, actions):
        for a in actions:
            self.add_argument(a)

    def _subactions(self, action):
        get = getattr(action, "_get_subactions", None)
        if get is None:
            return []
        return get()

    # -------------------------------------------------- rendering
    def format_help(self):
        out = []
        for item in self._items:
            out.append(self._render(item))
        text = "".join(out)
        if text:
            text = _re.sub(r'\n\n\n+', '\n\n', text)
            text = text.strip('\n') + '\n'
        return text

    def _render(self, item):
        kind = item[0]
        if kind == "text":
            return self._format_text(item[1], item[2])
        if kind == "usage":
            return self._format_usage(item[1], item[2], item[3], item[4])
        if kind == "action":
            return self._format_action(item[1], item[2])
        heading, items = item[1]
        body = "".join([self._render(i) for i in items])
        if not body:
            return ""
        head = ""
        if heading is not SUPPRESS and heading is not None:
            head = "%s:\n" % heading
        return "\n" + head + body + "\n"

    def _format_text(self, text, indent):
        if "%(prog)" in text:
            text = text % dict(prog=self._prog)
        width = max(self._width - indent, 11)
        return self._fill_text(text, width, " " * indent) + "\n\n"

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = "usage: "
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif usage is None and not actions:
            usage = self._prog
        else:
            prog = self._prog
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            full = self._format_actions_usage(optionals + positionals, groups)
            usage = " ".join([s for s in [prog, full] if s])
            text_width = self._width - self._current_indent
            if len(prefix) + len(usage) > text_width:
                opt_usage = self._format_actions_usage(optionals, groups)
                pos_usage = self._format_actions_usage(positionals, groups)
                opt_parts = _PART_RE.findall(opt_usage)
                pos_parts = _PART_RE.findall(pos_usage)

                def lines_of(parts, indent, pfx=None):
                    lines = []
                    line = []
                    if pfx is not None:
                        line_len = len(pfx) - 1
                    else:
                        line_len = len(indent) - 1
                    for part in parts:
                        if line_len + 1 + len(part) > text_width and line:
                            lines.append(indent + " ".join(line))
                            line = []
                            line_len = len(indent) - 1
                        line.append(part)
                        line_len += len(part) + 1
                    if line:
                        lines.append(indent + " ".join(line))
                    if pfx is not None:
                        lines[0] = lines[0][len(indent):]
                    return lines

                if len(prefix) + len(prog) <= 0.75 * text_width:
                    indent = " " * (len(prefix) + len(prog) + 1)
                    if opt_parts:
                        lines = lines_of([prog] + opt_parts, indent, prefix)
                        lines.extend(lines_of(pos_parts, indent))
                    elif pos_parts:
                        lines = lines_of([prog] + pos_parts, indent, prefix)
                    else:
                        lines = [prog]
                else:
                    indent = " " * len(prefix)
                    lines = lines_of(opt_parts + pos_parts, indent)
                    if len(lines) > 1:
                        lines = lines_of(opt_parts, indent)
                        lines.extend(lines_of(pos_parts, indent))
                    lines = [prog] + lines
                usage = "\n".join(lines)
        return "%s%s\n\n" % (prefix, usage)

    def _format_actions_usage(self, actions, groups):
        # Map each action to the mutually exclusive group it opens/closes,
        # when all the group's actions appear contiguously here.
        starts = {}
        for g in groups:
            ga = g._group_actions
            if not ga:
                # as CPython 3.11: a mutually exclusive group with no argument
                raise ValueError(f'empty group {g}')
            try:
                i = actions.index(ga[0])
            except ValueError:
                continue
            if actions[i:i + len(ga)] == ga:
                starts[i] = g
        parts = []
        i = 0
        while i < len(actions):
            g = starts.get(i)
            if g is not None:
                ga = g._group_actions
                sub = []
                for a in ga:
                    if a.help is SUPPRESS:
                        continue
                    sub.append(self._action_usage(a, True))
                if sub:
                    inner = " | ".join(sub)
                    if g.required:
                        if len(sub) > 1:
                            parts.append("(" + inner + ")")
                        else:
                            parts.append(inner)
                    else:
                        parts.append("[" + inner + "]")
                i += len(ga)
                continue
            a = actions[i]
            i += 1
            if a.help is SUPPRESS:
                continue
            p = self._action_usage(a, False)
            if p:
                parts.append(p)
        return " ".join(parts)

    def _action_usage(self, a, in_group):
        if not a.option_strings:
            part = self._format_args(a, self._get_default_metavar_for_positional(a))
            if in_group and part.startswith("[") and part.endswith("]"):
                part = part[1:-1]
            return part
        if a.nargs == 0:
            part = a.format_usage()
        else:
            default = self._get_default_metavar_for_optional(a)
            part = "%s %s" % (a.option_strings[0], self._format_args(a, default))
        if not a.required and not in_group:
            part = "[%s]" % part
        return part

    def _format_action(self, action, indent):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - indent - 2
        header = self._format_action_invocation(action)
        indent_first = 0
        if not action.help:
            header = " " * indent + header + "\n"
        elif len(header) <= action_width:
            header = " " * indent + header.ljust(action_width) + "  "
        else:
            header = " " * indent + header + "\n"
            indent_first = help_position
        parts = [header]
        if action.help and action.help.strip():
            text = self._expand_help(action)
            if text:
                lines = self._split_lines(text, help_width)
                parts.append(" " * indent_first + lines[0] + "\n")
                for line in lines[1:]:
                    parts.append(" " * help_position + line + "\n")
        elif not header.endswith("\n"):
            parts.append("\n")
        for sub in self._subactions(action):
            if sub.help is not SUPPRESS:
                parts.append(self._format_action(sub, indent + self._indent_increment))
        return "".join(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            return self._metavar_formatter(action, default)(1)[0]
        if action.nargs == 0:
            return ", ".join(action.option_strings)
        default = self._get_default_metavar_for_optional(action)
        args = self._format_args(action, default)
        return ", ".join(["%s %s" % (o, args) for o in action.option_strings])

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = "{%s}" % ",".join([str(c) for c in action.choices])
        else:
            result = default_metavar

        def fmt(size):
            if isinstance(result, tuple):
                return result
            return (result,) * size
        return fmt

    def _format_args(self, action, default_metavar):
        get = self._metavar_formatter(action, default_metavar)
        n = action.nargs
        if n is None:
            return "%s" % get(1)
        if n == OPTIONAL:
            return "[%s]" % get(1)
        if n == ZERO_OR_MORE:
            m = get(1)
            if len(m) == 2:
                return "[%s [%s ...]]" % m
            return "[%s ...]" % m
        if n == ONE_OR_MORE:
            return "%s [%s ...]" % get(2)
        if n == REMAINDER:
            return "..."
        if n == PARSER:
            return "%s ..." % get(1)
        if n == SUPPRESS:
            return ""
        try:
            fs = ["%s" for _ in range(n)]
        except TypeError:
            raise ValueError("invalid nargs value") from None
        return " ".join(fs) % get(n)

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], "__name__"):
                params[name] = params[name].__name__
        if params.get("choices") is not None:
            params["choices"] = ", ".join([str(c) for c in params["choices"]])
        return self._get_help_string(action) % params

    def _split_lines(self, text, width):
        text = _re.sub(r'\s+', ' ', text, flags=_re.ASCII).strip()  # ASCII: NBSP holds
        return _textwrap.wrap(text, width)

    def _fill_text(self, text, width, indent):
        text = _re.sub(r'\s+', ' ', text, flags=_re.ASCII).strip()  # ASCII: NBSP holds
        return _textwrap.fill(text, width, initial_indent=indent,
                              subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    def _fill_text(self, text, width, indent):
        return "".join([indent + line for line in text.splitlines(keepends=True)])


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ""
        if "%(default)" not in help and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                help += " (default: %(default)s)"
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


for _c in (HelpFormatter, RawDescriptionHelpFormatter, RawTextHelpFormatter,
           ArgumentDefaultsHelpFormatter, MetavarTypeHelpFormatter):
    _c.__module__ = "argparse"
