using System.Reflection;
using System.Reflection.Emit;

namespace SkoleUtvikling.Tests.Unit.Architecture;

/// <summary>
/// The types one compiled type uses: base type, interfaces, fields, properties, method and
/// constructor signatures, generic arguments, and the type/member tokens of its IL method bodies.
/// Compiler-generated nested types (closures, async state machines) count for their declaring type.
/// </summary>
internal static class TypeReferences
{
    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>The outermost declaring type: where a closure or state machine belongs.</summary>
    public static Type Owner(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    public static IEnumerable<Type> Of(Type type)
    {
        var found = new HashSet<Type>();
        Add(found, type.BaseType);
        foreach (var i in type.GetInterfaces())
        {
            Add(found, i);
        }

        foreach (var f in type.GetFields(Everything))
        {
            Add(found, f.FieldType);
        }

        foreach (var p in type.GetProperties(Everything))
        {
            Add(found, p.PropertyType);
        }

        foreach (var e in type.GetEvents(Everything))
        {
            Add(found, e.EventHandlerType);
        }

        var methods = type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything));
        foreach (var m in methods)
        {
            if (m is MethodInfo mi)
            {
                Add(found, mi.ReturnType);
            }

            foreach (var p in m.GetParameters())
            {
                Add(found, p.ParameterType);
            }

            foreach (var l in m.GetMethodBody()?.LocalVariables ?? [])
            {
                Add(found, l.LocalType);
            }

            foreach (var t in FromBody(m))
            {
                Add(found, t);
            }
        }

        return found;
    }

    private static IEnumerable<Type> FromBody(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var i = 0;
        while (i < il.Length)
        {
            short value = il[i++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[i++]);
            }

            var op = OpCodesByValue[value];
            switch (op.OperandType)
            {
                case OperandType.InlineType or OperandType.InlineTok or OperandType.InlineMethod or OperandType.InlineField:
                    var token = BitConverter.ToInt32(il, i);
                    i += 4;
                    foreach (var t in Resolve(method.Module, token, typeArgs, methodArgs))
                    {
                        yield return t;
                    }

                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (4 * BitConverter.ToInt32(il, i));
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.InlineBrTarget or OperandType.InlineI or OperandType.InlineSig or OperandType.InlineString or OperandType.ShortInlineR:
                    i += 4;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    i += 1;
                    break;
            }
        }
    }

    private static IEnumerable<Type> Resolve(Module module, int token, Type[]? typeArgs, Type[]? methodArgs)
    {
        MemberInfo? member;
        try
        {
            member = module.ResolveMember(token, typeArgs, methodArgs);
        }
        catch (ArgumentException)
        {
            yield break;
        }

        switch (member)
        {
            case Type t:
                yield return t;
                break;
            case MethodBase m:
                if (m.DeclaringType is { } declaring)
                {
                    yield return declaring;
                }

                if (m.IsGenericMethod)
                {
                    foreach (var a in m.GetGenericArguments())
                    {
                        yield return a;
                    }
                }

                break;
            case FieldInfo f:
                if (f.DeclaringType is { } owner)
                {
                    yield return owner;
                }

                yield return f.FieldType;
                break;
        }
    }

    private static void Add(HashSet<Type> found, Type? type)
    {
        if (type is null || type.IsGenericParameter)
        {
            return;
        }

        if (type.HasElementType)
        {
            Add(found, type.GetElementType());
            return;
        }

        if (!found.Add(type) || !type.IsGenericType)
        {
            return;
        }

        foreach (var a in type.GetGenericArguments())
        {
            Add(found, a);
        }
    }
}
