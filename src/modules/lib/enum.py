"""enum (safepy implementation): Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique with
CPython 3.11's reprs, str()/format() rules, lookups, aliases and errors.

Members are created by EnumType.__new__ after the class object exists; the class body is
collected by _EnumDict, which turns auto() into values and rejects reused names.
"""

import builtins as _bltns
import sys
from types import DynamicClassAttribute

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'property', 'FlagBoundary', 'STRICT', 'CONFORM',
           'EJECT', 'KEEP', 'member', 'nonmember', 'global_enum', 'verify', 'EnumCheck',
           'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE', 'global_str', 'global_enum_repr',
           'global_flag_repr']
# (show_flag_values exists but, as in 3.11.2, is not exported by `from enum import *`;
# 3.12's pickle_by_enum_name / pickle_by_global_name are not in 3.11.2)

Enum = Flag = IntFlag = EJECT = _stdlib_enums = ReprEnum = None


class property(DynamicClassAttribute):
    """An attribute that reads differently through a member and through the enum class:
    through a member it is a property; through the class it is the member of that name
    (so a member may be called 'name' or 'value', or like any enum.property)."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            try:
                return ownerclass._member_map_[self.name]
            except KeyError:
                raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))
        if self.fget is None:
            raise AttributeError('%r member has no attribute %r' % (ownerclass, self.name))
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r"
                                 % (self.clsname, self.name))
        return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r"
                                 % (self.clsname, self.name))
        return self.fdel(instance)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__


class nonmember(object):
    """Protects item from becoming an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class member(object):
    """Forces item to become an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__'))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_'
            and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_'
            and name[-2:-1] != '_')


def _is_internal_class(cls_name, obj):
    # a class defined in the enum's body (3.11.2 warns: it will stop being a member)
    if not isinstance(obj, type):
        return False
    qualname = getattr(obj, '__qualname__', '')
    s_pattern = cls_name + '.' + getattr(obj, '__name__', '')
    e_pattern = '.' + s_pattern
    return qualname == s_pattern or qualname.endswith(e_pattern)


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name, )
    pat_len = len(pattern)
    return (len(name) > pat_len and name.startswith(pattern)
            and name[pat_len:pat_len + 1] != ['_'] and (name[-1] != '_' or name[-2] != '_'))


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


_builtin_bin = bin


def bin(num, max_bits=None):
    """Like built-in bin(), but shows two's complement with a sign bit, and pads to
    max_bits."""
    ceiling = 2 ** (num).bit_length()
    if num >= 0:
        s = _builtin_bin(num + ceiling).replace('1', '0', 1)
    else:
        s = _builtin_bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None:
        if len(digits) < max_bits:
            digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


def _iter_bits_lsb(num):
    """The single-bit values set in num, lowest first."""
    if num < 0:
        raise ValueError('%r is not a positive integer' % num)
    while num:
        low = num & -num
        yield low
        num ^= low


def _bit_count(num):
    return bin(num).count('1')


_auto_null = object()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % self.value


# the _sunder_ names an enum's class body may set; the others are kept for Enum itself
_ALLOWED_SUNDER_NAMES = frozenset((
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_',
    '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_'))


class _EnumDict(dict):
    """Tracks enum member order and ensures member names are not reused."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if _is_internal_class(self._cls_name, value):
            import warnings
            warnings.warn(
                    "In 3.13 classes created inside an enum will not become a member.  "
                    "Use the `member` decorator to keep the current behavior.",
                    DeprecationWarning,
                    stacklevel=2,
                    )
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _ALLOWED_SUNDER_NAMES:
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use'
                                 % (key,))
            if key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError('_ignore_ cannot specify already set names: %r'
                                     % (already, ))
            elif key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError('_generate_next_value_ must be defined before members')
                gnv = value
                if isinstance(value, staticmethod):
                    gnv = value.__func__
                self._generate_next_value = gnv
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if isinstance(value, member):
                value = value.value
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            # auto() alone or among the items of a plain tuple (`TWO = auto(), auto()`):
            # each auto() value counts as a last value for the next one; a value without
            # auto() is a last value as a whole
            single = isinstance(value, auto)
            items = (value, ) if single else value
            if type(items) is tuple and any(isinstance(v, auto) for v in items):
                vals = []
                for v in items:
                    if isinstance(v, auto):
                        if v.value is _auto_null:
                            v.value = self._generate_next_value(
                                key, 1, len(self._member_names), self._last_values[:])
                            self._auto_called = True
                        v = v.value
                        self._last_values.append(v)
                    vals.append(v)
                value = vals[0] if single else tuple(vals)
            else:
                self._last_values.append(value)
            self._member_names[key] = None
        super().__setitem__(key, value)

    def update(self, members, **more_members):
        # each name goes through __setitem__ (`vars().update({...})` in a class body)
        if hasattr(members, 'keys'):
            for name in members.keys():
                self[name] = members[name]
        else:
            for name, value in members:
                self[name] = value
        for name, value in more_members.items():
            self[name] = value


class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            enum_dict['_generate_next_value_'] = getattr(first_enum, '_generate_next_value_',
                                                         None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        classdict.setdefault('_ignore_', []).append('_ignore_')
        ignore = classdict['_ignore_']
        for key in ignore:
            dict.pop(classdict, key, None)
        member_names = list(classdict._member_names)
        _order_ = dict.pop(classdict, '_order_', None)
        members = {k: dict.__getitem__(classdict, k) for k in member_names}
        for k in member_names:
            dict.__delitem__(classdict, k)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        __new__, save_new, use_args = metacls._find_new_(classdict, member_type, first_enum)
        invalid_names = set(member_names) & {'mro', ''}
        if invalid_names:
            raise ValueError('invalid enum member name(s) %s' % (
                ','.join(repr(n) for n in invalid_names)))
        ns = dict(classdict)
        ns['_new_member_'] = staticmethod(__new__)
        ns['_use_args_'] = use_args
        ns['_member_names_'] = []
        ns['_member_map_'] = {}
        ns['_value2member_map_'] = {}
        ns['_unhashable_values_'] = []
        ns['_member_type_'] = member_type
        ns['_value_repr_'] = None
        ns['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
        ns['_flag_mask_'] = 0
        ns['_all_bits_'] = 0
        ns['_inverted_'] = None
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)

        for name in member_names:
            _make_member(enum_class, name, members[name])

        if Flag is not None and issubclass(enum_class, Flag):
            mask = 0
            for m in enum_class._member_map_.values():
                if isinstance(m._value_, int):
                    mask |= m._value_
            type.__setattr__(enum_class, '_flag_mask_', mask)
            type.__setattr__(enum_class, '_all_bits_', 2 ** mask.bit_length() - 1)
            # The data type's operators (int.__or__ ...) come first in the MRO of IntFlag:
            # Flag's must win.
            for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                       '__invert__'):
                if op not in classdict:
                    type.__setattr__(enum_class, op, getattr(enum_class, op)
                                     if op == '__invert__' and issubclass(enum_class, IntFlag)
                                     else getattr(Flag, op))

        if _order_ is not None:
            if isinstance(_order_, str):
                _order_ = _order_.replace(',', ' ').split()
            if Flag is not None and issubclass(enum_class, Flag):
                _order_ = [o for o in _order_ if o not in enum_class._member_map_
                           or _is_single_bit(enum_class._member_map_[o]._value_)]
            if _order_ != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, _order_))

        # Keep Enum's repr/str/format/reduce unless this class or a mixin overrides them.
        if Enum is not None:
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name not in classdict:
                    enum_method = getattr(first_enum, name)
                    found_method = getattr(enum_class, name)
                    object_method = getattr(object, name)
                    data_type_method = getattr(member_type, name)
                    if found_method in (data_type_method, object_method):
                        type.__setattr__(enum_class, name, enum_method)
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e.'
                                ' int, str, float, etc.)')
            if '__format__' not in classdict:
                type.__setattr__(enum_class, '__format__', member_type.__format__)
            if '__str__' not in classdict:
                method = member_type.__str__
                if method is object.__str__ or member_type in (int, float):
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', method)
        if Enum is not None:
            if save_new:
                type.__setattr__(enum_class, '__new_member__', __new__)
            type.__setattr__(enum_class, '__new__', Enum.__new__)
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'" % (
                type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        interesting = set(['__class__', '__contains__', '__doc__', '__getitem__', '__iter__',
                           '__len__', '__members__', '__module__', '__name__', '__qualname__',
                           '__init_subclass__'] + cls._member_names_)
        if cls._new_member_ is not object.__new__:
            interesting.add('__new__')
        if cls._member_type_ is object:
            return sorted(interesting)
        return sorted(set(dir(cls._member_type_)) | interesting)

    def __getattr__(cls, name):
        # reached when normal lookup fails (an enum.property found no member): the member
        # of that name, else AttributeError(name), as CPython 3.11
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_bltns.property
    def __members__(cls):
        return type(type.__dict__)(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return '<flag %r>' % (cls.__name__, )
        return '<enum %r>' % (cls.__name__, )

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name, ))
        super().__setattr__(name, value)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        """Make an enum of this type named [name] in module [module] from the module's
        globals (or the attributes of [source]) whose names [filter] accepts, export its
        members into the module and bind it there. Members are ordered by value (by name
        when values do not compare), so a shared value's canonical name is the first in
        alphabetical order."""
        module_globals = sys.modules[module].__dict__
        found = [(key, value)
                 for key, value in (vars(source) if source else module_globals).items()
                 if filter(key)]
        try:
            found.sort(key=lambda item: (item[1], item[0]))
        except TypeError:
            found.sort(key=lambda item: item[0])
        body = dict(found)
        body['__module__'] = module
        enum_class = _simple_enum(etype=cls, boundary=boundary or KEEP)(
            type(name, (object,), body))
        enum_class.__reduce_ex__ = _reduce_ex_by_global_name
        if as_global:
            global_enum(enum_class)
        else:
            module_globals.update(enum_class.__members__)
        module_globals[name] = enum_class
        return enum_class

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        metacls = cls.__class__
        bases = (cls, ) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                import _traceback
                info = _traceback.frame_info(2)
                module = info[2]['__name__'] if info is not None else '__main__'
            except (AttributeError, ValueError, KeyError, TypeError, ImportError):
                module = '__main__'
        classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError('<enum %r> cannot extend %r' % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        member_type = mcls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        data_types = set()
        base_chain = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                base_chain.add(base)
                if base is object:
                    continue
                elif isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        data_types.add(base._member_type_)
                        break
                elif '__new__' in base.__dict__ or '__init__' in base.__dict__:
                    data_types.add(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, data_types))
        elif data_types:
            return data_types.pop()
        return None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        __new__ = classdict.get('__new__', None)
        if isinstance(__new__, staticmethod):
            __new__ = __new__.__func__
        save_new = first_enum is not None and __new__ is not None
        if __new__ is None:
            for method in ('__new_member__', '__new__'):
                for possible in (member_type, first_enum):
                    target = getattr(possible, method, None)
                    if target not in (None, None.__new__, object.__new__,
                                      Enum.__new__ if Enum is not None else None):
                        __new__ = target
                        break
                if __new__ is not None:
                    break
            else:
                __new__ = object.__new__
        use_args = __new__ is not object.__new__
        return __new__, save_new, use_args


EnumMeta = EnumType


def _expose_member(enum_class, member_name, enum_member):
    # Makes the member readable as an attribute of the class. An enum.property of that
    # name in a base already reads it (through _member_map_): the member is not set, so
    # members keep reading the property; one behind another inherited attribute gets a
    # copy of itself in the class, in front.
    other_in_front = False
    for base in enum_class.__mro__[1:]:
        descriptor = base.__dict__.get(member_name)
        if descriptor is None:
            continue
        if isinstance(descriptor, (property, DynamicClassAttribute)):
            if other_in_front:
                redirect = property(descriptor.fget, descriptor.fset, descriptor.fdel)
                redirect.__set_name__(enum_class, member_name)
                type.__setattr__(enum_class, member_name, redirect)
            return
        other_in_front = True
    type.__setattr__(enum_class, member_name, enum_member)


def _make_member(enum_class, member_name, value):
    if isinstance(value, tuple):
        args = value
    else:
        args = (value, )
    if enum_class._member_type_ is tuple:
        args = (args, )
    if not enum_class._use_args_:
        enum_member = enum_class._new_member_(enum_class)
        if not hasattr(enum_member, '_value_'):
            try:
                enum_member._value_ = enum_class._member_type_(*args)
            except Exception:
                enum_member._value_ = value
    else:
        # a __new__ taking the value that left _value_ unset: the data type must build it
        enum_member = enum_class._new_member_(enum_class, *args)
        if not hasattr(enum_member, '_value_'):
            if enum_class._member_type_ is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = enum_class._member_type_(*args)
                except Exception:
                    raise TypeError('_value_ not set in __new__, unable to create it') from None
    value = enum_member._value_
    enum_member._name_ = member_name
    enum_member.__objclass__ = enum_class
    enum_member.__init__(*args)
    enum_member._sort_order_ = len(enum_class._member_names_)
    for name, canonical in enum_class._member_map_.items():
        if canonical._value_ == value:
            enum_member = canonical
            break
    else:
        if (Flag is None or not issubclass(enum_class, Flag)
                or (isinstance(value, int) and _is_single_bit(value))):
            enum_class._member_names_.append(member_name)
    _expose_member(enum_class, member_name, enum_member)
    enum_class._member_map_[member_name] = enum_member
    try:
        enum_class._value2member_map_.setdefault(value, enum_member)
    except TypeError:
        enum_class._unhashable_values_.append(value)


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT \
                and isinstance(result, int):
            return result
        ve_exc = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        elif exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc
        raise exc

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        # the last value + 1 when it is also the largest; otherwise (unsortable values,
        # a last value below an earlier one, no + 1) 3.11's deprecated rule: the first
        # value (in the order sort left the list in) that supports + 1, else [start]
        if not last_values:
            return start
        last = last_values[-1]
        try:
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
        except TypeError:
            pass
        import warnings
        warnings.warn(
            "In 3.13 the default `auto()`/`_generate_next_value_` will require all values "
            "to be sortable and support adding +1\nand the value returned will be the "
            "largest value in the enum incremented by 1", DeprecationWarning, stacklevel=3)
        for v in last_values:
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return '<%s.%s: %r>' % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __dir__(self):
        if self.__class__._member_type_ is object:
            interesting = set(['__class__', '__doc__', '__eq__', '__hash__', '__module__',
                               'name', 'value'])
        else:
            interesting = set(object.__dir__(self))
        for name in getattr(self, '__dict__', []):
            if name[0] != '_':
                interesting.add(name)
        for cls in self.__class__.mro():
            for name, obj in cls.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or name not in self._member_map_:
                        interesting.add(name)
                    else:
                        interesting.discard(name)
                else:
                    interesting.add(name)
        return sorted(set(['__class__', '__doc__', '__eq__', '__hash__', '__module__'])
                      | interesting)

    def __init_subclass__(cls, **kwds):
        super().__init_subclass__(**kwds)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return getattr, (self.__class__, self._name_)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values, ))
        if len(values) == 1:
            if not isinstance(values[0], str):
                raise TypeError('%r is not a string' % (values[0], ))
        if len(values) >= 2:
            if not isinstance(values[1], str):
                raise TypeError('encoding must be a string, not %r' % (values[1], ))
        if len(values) == 3:
            if not isinstance(values[2], str):
                raise TypeError('errors must be a string, not %r' % (values[2]))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """Control how out of range values are handled."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary.STRICT, FlagBoundary.CONFORM, FlagBoundary.EJECT, \
    FlagBoundary.KEEP


class Flag(Enum, boundary=CONFORM):
    """Support for flags."""

    _numeric_repr_ = repr

    def __reduce_ex__(self, proto):
        # a composite pickles as operator.or_ of its lowest member bit and the rest (so
        # unpickling rebuilds it from members), bits outside the flag mask as a plain
        # int; a named member by name, an unnamed value by value
        from operator import or_
        cls = self.__class__
        extra = self._value_ & ~cls._flag_mask_
        known = self._value_ & cls._flag_mask_
        if extra and known:
            return or_, (cls(known), extra)
        low = known & -known
        if low and known != low:
            return or_, (cls(known & ~low), cls._value2member_map_.get(low))
        if self._name_ is None:
            return cls, (self._value_,)
        return getattr, (cls, self._name_)

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ and m._value_ & value == m._value_:
                yield m

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if (not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask)):
            if cls._boundary_ is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s' % (
                    cls, value, bin(value, max_bits), bin(flag_mask, max_bits)))
            elif cls._boundary_ is CONFORM:
                value = value & flag_mask
            elif cls._boundary_ is EJECT:
                return value
            elif cls._boundary_ is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** (value.bit_length())) + value
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        existing = cls._value2member_map_.get(value)
        if existing is not None:
            return existing
        unknown = value & ~flag_mask
        member_value = value & flag_mask
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo_member, '_value_'):
            pseudo_member._value_ = value
        if member_value:
            # unknown bits (KEEP boundary) follow the members' names; alone they give no name
            names = [m._name_ for m in cls._iter_member_(member_value)]
            if unknown:
                names.append(cls._numeric_repr_(unknown))
            pseudo_member._name_ = '|'.join(names)
        else:
            pseudo_member._name_ = None
        pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return _bit_count(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '<%s: %r>' % (cls_name, self._value_)
        return '<%s.%s: %r>' % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _get_value(self, flag):
        if isinstance(flag, self.__class__):
            return flag._value_
        elif self._member_type_ is not object and isinstance(flag, self._member_type_):
            return flag
        return NotImplemented

    def __or__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other_value)

    def __and__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other_value)

    def __xor__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other_value)

    def __invert__(self):
        if self._boundary_ in (EJECT, KEEP):
            return self.__class__(~self._value_)
        return self.__class__(self._flag_mask_ ^ self._value_ & self._flag_mask_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__




class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags."""

    def __invert__(self):
        return self.__class__(~self._value_)


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(['%s -> %s' % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


class EnumCheck(StrEnum):
    """Various conditions to check an enumeration for."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck.CONTINUOUS, EnumCheck.NAMED_FLAGS, EnumCheck.UNIQUE


class verify:
    """Check an enumeration for various constraints (UNIQUE, CONTINUOUS, NAMED_FLAGS)."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        checks = self.checks
        cls_name = enumeration.__name__
        is_flag = Flag is not None and issubclass(enumeration, Flag)
        for check in checks:
            if check is UNIQUE:
                dups = [(name, member.name) for name, member in enumeration.__members__.items()
                        if name != member.name]
                if dups:
                    details = ', '.join('%s -> %s' % pair for pair in dups)
                    raise ValueError('aliases found in %r: %s' % (enumeration, details))
            elif check is CONTINUOUS:
                values = set(e.value for e in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if is_flag:
                    wanted = (1 << i for i in range(low.bit_length(), high.bit_length() - 1))
                    kind = 'flag'
                else:
                    wanted = range(low + 1, high)
                    kind = 'enum'
                missing = [v for v in wanted if v not in values]
                if missing:
                    raise ValueError(('invalid %s %r: missing values %s' % (
                        kind, cls_name, ', '.join(str(m) for m in missing)))[:256])
            elif check is NAMED_FLAGS:
                canonical = [m.value for m in enumeration]
                missing_names = []
                missing_value = 0
                for name, alias in enumeration._member_map_.items():
                    if name in enumeration._member_names_ or alias.value < 0:
                        continue
                    bits = [1 << i for i in range(alias.value.bit_length())
                            if alias.value & (1 << i)]
                    missed = [v for v in bits if v not in canonical]
                    if missed:
                        missing_names.append(name)
                        for v in missed:
                            missing_value |= v
                if missing_names:
                    if len(missing_names) == 1:
                        alias = 'alias %s is missing' % missing_names[0]
                    else:
                        alias = 'aliases %s and %s are missing' % (
                            ', '.join(missing_names[:-1]), missing_names[-1])
                    if _is_single_bit(missing_value):
                        value = 'value 0x%x' % missing_value
                    else:
                        value = 'combined values of 0x%x' % missing_value
                    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) '
                                     'for details]' % (cls_name, alias, value))
        return enumeration


def global_enum_repr(self):
    """repr 'module.NAME' (the last part of a dotted module name), for global_enum."""
    return '%s.%s' % (self.__class__.__module__.rpartition('.')[2], self._name_)


def global_flag_repr(self):
    """repr of a global flag: 'module.A|module.B', unnamed bits of a KEEP flag as
    numbers ('module.A|8'), a value with no name 'module.Cls(value)'."""
    module = self.__class__.__module__.rpartition('.')[2]
    if self._name_ is None:
        return '%s.%s(%r)' % (module, self.__class__.__name__, self._value_)
    # (plain Flag members are not ints: the bit test raises TypeError, as in CPython)
    if _is_single_bit(self):
        return '%s.%s' % (module, self._name_)
    keep = self._boundary_ is FlagBoundary.KEEP
    return '|'.join(part if keep and part[0].isdigit() else '%s.%s' % (module, part)
                    for part in self._name_.split('|'))


def global_str(self):
    """str 'NAME' (or 'Cls(value)' for a value with no name), for global_enum."""
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Export the members of an enum into its module's namespace, and make their repr
    name the module instead of the class (and their str the bare name, unless the enum
    is a ReprEnum and update_str is false)."""
    cls.__repr__ = global_flag_repr if issubclass(cls, Flag) else global_enum_repr
    if update_str or not issubclass(cls, ReprEnum):
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def show_flag_values(value):
    return [1 << i for i in range(value.bit_length()) if value & (1 << i)]


def _reduce_ex_by_global_name(self, proto):
    return self.name


def _make_class_unpicklable(obj):
    """Make an enum class (or the namespace dict of one) refuse to be pickled."""
    def _break_on_call_reduce(self, proto):
        raise TypeError('%r cannot be pickled' % self)
    if isinstance(obj, dict):
        obj['__reduce_ex__'] = _break_on_call_reduce
        obj['__module__'] = '<unknown>'
    else:
        setattr(obj, '__reduce_ex__', _break_on_call_reduce)
        setattr(obj, '__module__', '<unknown>')


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Class decorator (used by the standard library) turning a plain class into an enum
    of type `etype`: its public non-descriptor attributes become the members, in order;
    dunder, sunder and private names and descriptors (methods) stay class attributes."""
    def convert_class(cls):
        name = cls.__name__
        ns = type(etype).__prepare__(name, (etype,))
        members = []
        for key, value in cls.__dict__.items():
            if key in ('__dict__', '__weakref__'):
                continue
            if (_is_dunder(key) or _is_sunder(key) or _is_private(name, key)
                    or _is_descriptor(value)):
                ns[key] = value
            else:
                members.append((key, value))
        for key, value in members:
            ns[key] = value
        kwds = {} if boundary is None else {'boundary': boundary}
        return type(etype)(name, (etype,), ns, **kwds)
    return convert_class


# keys of an enum's class dict that differ between equal enums made both ways (or are long)
_UNCOMPARED_CLASS_KEYS = ('__module__', '_member_map_', '_value2member_map_', '__doc__')
_UNCOMPARED_MEMBER_KEYS = ('__module__', '__objclass__', '_inverted_')
_INHERITED_METHODS = ('__str__', '__repr__', '__reduce_ex__', '__format__',
                      '__getnewargs_ex__', '__getnewargs__', '__reduce__')


def _dict_differences(checked, simple, skip, extra, missing, labels, same=None):
    """Lines naming each key of dict `checked` absent from `simple`, each extra one, and
    each value that differs, the two values shown after `labels`. Keys in `skip` are not
    looked at; values that `same(value)` accepts are not compared."""
    out = []
    for key in set(checked) | set(simple):
        if key in skip:
            continue
        if key not in simple:
            out.append(missing(key))
        elif key not in checked:
            out.append(extra(key))
        elif same is not None and same(checked[key]):
            continue
        elif checked[key] != simple[key]:
            out.append('%r:\n         %s -> %r\n         %s -> %r' % (
                key, labels[0], checked[key], labels[1], simple[key]))
    return out


def _test_simple_enum(checked_enum, simple_enum):
    """Compare an enum made by _simple_enum with the same enum made by subclassing:
    raises TypeError('enum mismatch: ...') listing every difference, else returns None."""
    checked_dict = dict(checked_enum.__dict__)
    simple_dict = dict(simple_enum.__dict__)
    members = set(checked_enum._member_map_) | set(simple_enum._member_map_)
    failed = []
    if checked_dict != simple_dict:
        failed = _dict_differences(
            checked_dict, simple_dict, members.union(_UNCOMPARED_CLASS_KEYS),
            lambda k: 'extra key:   %r' % (k,), lambda k: 'missing key: %r' % (k,),
            ('checked', 'simple '), lambda v: callable(v) or isinstance(v, _bltns.property))
        failed.sort()
        for name in members:
            if name not in simple_dict:
                failed.append('missing member from simple enum: %r' % name)
            elif name not in checked_dict:
                failed.append('extra member in simple enum: %r' % name)
            else:
                diff = _dict_differences(
                    checked_enum[name].__dict__, simple_enum[name].__dict__,
                    _UNCOMPARED_MEMBER_KEYS,
                    lambda k: 'extra key %r in simple enum member %r' % (k, name),
                    lambda k: 'missing key %r not in the simple enum member %r' % (k, name),
                    ('checked member', 'simple member '))
                if diff:
                    failed.append('%r member mismatch:\n      %s' % (name, '\n      '.join(diff)))
        for method in _INHERITED_METHODS:
            if method in checked_dict or method in simple_dict:
                # defined in both (functions cannot be compared) or in one only (a key
                # difference listed above)
                continue
            checked_method = getattr(checked_enum, method, None)
            simple_method = getattr(simple_enum, method, None)
            checked_method = getattr(checked_method, '__func__', checked_method)
            simple_method = getattr(simple_method, '__func__', simple_method)
            if checked_method != simple_method:
                failed.append('%r:  %-30s %s' % (method, 'checked -> %r' % (checked_method,),
                                                'simple -> %r' % (simple_method,)))
    if failed:
        raise TypeError('enum mismatch:\n   %s' % '\n   '.join(failed))
