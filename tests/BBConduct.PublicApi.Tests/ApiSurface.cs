using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace BBConduct.PublicApi.Tests;

/// <summary>
/// Renders the public surface of an assembly as sorted text, one declaration per line: every type a consumer can see and
/// every public or protected member, with nullable annotations and default values, so any change to what callers compile
/// against shows up as a line in a diff.
/// </summary>
internal static class ApiSurface
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string Render(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetTypes().Where(IsVisible))
        {
            lines.Add(DescribeType(type));
            lines.AddRange(Members(type).Select(m => "  " + m).Order(StringComparer.Ordinal));
        }

        // Types in name order with their members beneath them.
        var blocks = new List<(string Key, List<string> Lines)>();
        foreach (var line in lines)
        {
            if (!line.StartsWith(' '))
            {
                blocks.Add((line, [line]));
            }
            else
            {
                blocks[^1].Lines.Add(line);
            }
        }

        var text = new StringBuilder();
        foreach (var block in blocks.OrderBy(b => TypeKey(b.Key), StringComparer.Ordinal))
        {
            foreach (var line in block.Lines)
            {
                text.Append(line).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string TypeKey(string declaration) => declaration[(declaration.IndexOf(' ', StringComparison.Ordinal) + 1)..];

    private static bool IsVisible(Type type)
    {
        for (var t = type; t is not null; t = t.DeclaringType)
        {
            var visible = t.IsPublic || t.IsNestedPublic || ((t.IsNestedFamily || t.IsNestedFamORAssem) && t.DeclaringType is { IsSealed: false });
            if (!visible)
            {
                return false;
            }
        }

        return true;
    }

    private static string DescribeType(Type type)
    {
        var kind = type switch
        {
            { IsEnum: true } => "enum",
            { IsInterface: true } => "interface",
            { IsValueType: true } => IsRecord(type) ? "record struct" : "struct",
            _ when typeof(Delegate).IsAssignableFrom(type) => "delegate",
            _ => IsRecord(type) ? "record" : "class",
        };
        var modifiers = type switch
        {
            { IsInterface: true } or { IsEnum: true } or { IsValueType: true } => string.Empty,
            { IsAbstract: true, IsSealed: true } => "static ",
            { IsAbstract: true } => "abstract ",
            { IsSealed: true } when kind != "delegate" => "sealed ",
            _ => string.Empty,
        };
        var bases = new List<string>();
        if (type.IsEnum)
        {
            bases.Add(Name(Enum.GetUnderlyingType(type)));
        }
        else if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && kind != "delegate")
        {
            bases.Add(Name(baseType));
        }

        if (!type.IsEnum && kind != "delegate")
        {
            var inherited = type.BaseType?.GetInterfaces() ?? [];
            bases.AddRange(type.GetInterfaces().Where(i => !inherited.Contains(i) && IsVisible(i)).Select(Name).Distinct().Order(StringComparer.Ordinal));
        }

        return $"{modifiers}{kind} {Name(type)}{(bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty)}";
    }

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null
        || (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null);

    private static IEnumerable<string> Members(Type type)
    {
        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                yield return $"{field.Name} = {Convert.ToInt64(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}";
            }

            yield break;
        }

        var context = new NullabilityInfoContext();
        foreach (var member in type.GetMembers(Declared))
        {
            switch (member)
            {
                case ConstructorInfo ctor when IsVisible(ctor):
                    yield return $"{Access(ctor)}{(ctor.IsStatic ? "static " : string.Empty)}{Name(type)}({Parameters(ctor, context)})";
                    break;
                case MethodInfo method when IsVisible(method) && !method.IsSpecialName || method.IsSpecialName && method.Name.StartsWith("op_", StringComparison.Ordinal) && IsVisible(method):
                    var generic = method.IsGenericMethodDefinition ? $"<{string.Join(", ", method.GetGenericArguments().Select(a => a.Name))}>" : string.Empty;
                    yield return $"{Access(method)}{Modifiers(method)}{TypeName(method.ReturnType, context.Create(method.ReturnParameter))} {method.Name}{generic}({Parameters(method, context)})";
                    break;
                case PropertyInfo property:
                    var getter = property.GetMethod is { } g && IsVisible(g) ? g : null;
                    var setter = property.SetMethod is { } s && IsVisible(s) ? s : null;
                    if (getter is null && setter is null)
                    {
                        break;
                    }

                    var accessor = (getter ?? setter)!;
                    var init = setter?.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)) == true;
                    var accessors = (getter is null ? string.Empty : "get; ") + (setter is null ? string.Empty : init ? "init; " : "set; ");
                    var required = property.IsDefined(typeof(RequiredMemberAttribute)) ? "required " : string.Empty;
                    var indexer = property.GetIndexParameters() is { Length: > 0 } index
                        ? $"this[{string.Join(", ", index.Select(p => $"{TypeName(p.ParameterType, context.Create(p))} {p.Name}"))}]"
                        : property.Name;
                    yield return $"{Access(accessor)}{required}{Modifiers(accessor)}{TypeName(property.PropertyType, context.Create(property))} {indexer} {{ {accessors}}}";
                    break;
                case FieldInfo field when IsVisible(field) && !field.IsSpecialName:
                    var constant = field.IsLiteral ? $" = {Literal(field.GetRawConstantValue())}" : string.Empty;
                    var kind = field.IsLiteral ? "const " : (field.IsStatic ? "static " : string.Empty) + (field.IsInitOnly ? "readonly " : string.Empty);
                    yield return $"{Access(field)}{kind}{TypeName(field.FieldType, context.Create(field))} {field.Name}{constant}";
                    break;
                case EventInfo @event when @event.AddMethod is { } add && IsVisible(add):
                    yield return $"{Access(add)}{Modifiers(add)}event {TypeName(@event.EventHandlerType!, context.Create(@event))} {@event.Name}";
                    break;
                case Type:
                    break; // nested types are listed as types of their own
            }
        }
    }

    private static bool IsVisible(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    private static bool IsVisible(FieldInfo field) => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly;

    private static string Access(MethodBase method) => method.IsPublic ? "public " : "protected ";

    private static string Access(FieldInfo field) => field.IsPublic ? "public " : "protected ";

    private static string Modifiers(MethodInfo method)
    {
        if (method.IsStatic)
        {
            return "static ";
        }

        if (method.DeclaringType!.IsInterface)
        {
            return string.Empty;
        }

        if (method.IsAbstract)
        {
            return "abstract ";
        }

        if (method.IsVirtual && !method.IsFinal)
        {
            return method.GetBaseDefinition() == method ? "virtual " : "override ";
        }

        return method.IsVirtual && method.GetBaseDefinition() != method ? "sealed override " : string.Empty;
    }

    private static string Parameters(MethodBase method, NullabilityInfoContext context) => string.Join(", ", method.GetParameters().Select(p =>
    {
        var prefix = p.IsDefined(typeof(ParamArrayAttribute)) ? "params " : string.Empty;
        var type = p.ParameterType;
        if (type.IsByRef)
        {
            prefix += p.IsOut ? "out " : p.IsIn ? "in " : "ref ";
        }

        var text = $"{prefix}{TypeName(type.IsByRef ? type.GetElementType()! : type, context.Create(p))} {p.Name}";
        return p.HasDefaultValue ? $"{text} = {Literal(p.RawDefaultValue)}" : text;
    }));

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };

    /// <summary>A type name with its nullable annotation, read from the member's metadata.</summary>
    private static string TypeName(Type type, NullabilityInfo? nullability)
    {
        if (type.IsByRef)
        {
            return TypeName(type.GetElementType()!, nullability?.ElementType ?? nullability);
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return TypeName(underlying, null) + "?";
        }

        string name;
        if (type.IsArray)
        {
            name = TypeName(type.GetElementType()!, nullability?.ElementType) + "[]";
        }
        else if (type.IsGenericType)
        {
            var args = type.GetGenericArguments();
            var infos = nullability?.GenericTypeArguments;
            name = Name(type.GetGenericTypeDefinition(), bare: true) + "<" + string.Join(", ", args.Select((a, i) => TypeName(a, infos is { } n && i < n.Length ? n[i] : null))) + ">";
        }
        else
        {
            name = Name(type);
        }

        var nullable = !type.IsValueType && nullability is { ReadState: NullabilityState.Nullable } or { WriteState: NullabilityState.Nullable, ReadState: not NullabilityState.NotNull };
        return nullable ? name + "?" : name;
    }

    private static string Name(Type type) => Name(type, bare: false);

    private static string Name(Type type, bool bare)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        var keyword = Type.GetTypeCode(type) switch
        {
            TypeCode.Boolean => "bool",
            TypeCode.Byte => "byte",
            TypeCode.Char => "char",
            TypeCode.Decimal => "decimal",
            TypeCode.Double => "double",
            TypeCode.Int16 => "short",
            TypeCode.Int32 => "int",
            TypeCode.Int64 => "long",
            TypeCode.SByte => "sbyte",
            TypeCode.Single => "float",
            TypeCode.String => "string",
            TypeCode.UInt16 => "ushort",
            TypeCode.UInt32 => "uint",
            TypeCode.UInt64 => "ulong",
            _ => type == typeof(object) ? "object" : type == typeof(void) ? "void" : null,
        };
        if (keyword is not null && !type.IsEnum)
        {
            return keyword;
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        var simple = type.Name;
        var tick = simple.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            simple = simple[..tick];
        }

        var prefix = type.DeclaringType is { } outer ? Name(outer) + "." : type.Namespace is { Length: > 0 } ns ? ns + "." : string.Empty;
        if (type.IsGenericType && !bare)
        {
            var args = type.IsGenericTypeDefinition ? type.GetGenericArguments().Select(a => a.Name) : type.GetGenericArguments().Select(Name);
            return $"{prefix}{simple}<{string.Join(", ", args)}>";
        }

        return prefix + simple;
    }
}
