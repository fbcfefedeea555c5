using System.Collections.Concurrent;
using System.ComponentModel;
using System.Reflection;
using System.Runtime.Serialization;

namespace ComplaintBot.Storage.Json;

/// <summary>
/// Decides which types are plain data: types that Newtonsoft.Json (with <see cref="StorageJson.Settings"/>) and
/// System.Text.Json (with <see cref="PlainDataWriter"/>'s options) write as the same JSON, up to how a number or a
/// character is spelled. Those are written by the faster of the two; everything else stays with Newtonsoft.
/// </summary>
/// <remarks>
/// A plain type is a sealed class (records included) with no base class, no public fields, no serialization
/// attributes or conventions of either library, and only public properties whose types are plain too: strings,
/// booleans, integers, decimals, dates (<see cref="DateOnly"/>, <see cref="DateTimeOffset"/>), enums without member
/// attributes, nullable forms of those, other plain types, and lists or arrays of any of them. Anything the two
/// libraries treat differently (fields, dictionaries, <see cref="object"/>, floating point, <c>ShouldSerialize</c>
/// methods, <c>[DataContract]</c>, type converters) or that could nest without end (a type that contains itself)
/// makes the type not plain. The answer is worked out once per type.
/// </remarks>
internal static class PlainDataTypes
{
    private static readonly ConcurrentDictionary<Type, bool> Known = new();

    private static readonly HashSet<Type> Scalars =
    [
        typeof(string), typeof(bool), typeof(int), typeof(long), typeof(decimal), typeof(DateOnly), typeof(DateTimeOffset),
    ];

    /// <summary>Whether <paramref name="type"/> is plain data.</summary>
    /// <param name="type">The type.</param>
    /// <returns>True when both libraries write it alike.</returns>
    public static bool IsPlain(Type type) => Known.GetOrAdd(type, static t => IsPlainObject(t, []));

    private static bool IsPlainObject(Type type, HashSet<Type> enclosing)
    {
        if (!type.IsClass || !type.IsSealed || type.IsGenericType || type.BaseType != typeof(object) || type.IsArray
            || typeof(System.Collections.IEnumerable).IsAssignableFrom(type) || typeof(ISerializable).IsAssignableFrom(type)
            || HasForeignAttribute(type) || type.GetCustomAttribute<TypeConverterAttribute>() is not null
            || type.GetFields(BindingFlags.Public | BindingFlags.Instance).Length > 0
            || type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Any(m => m.Name.StartsWith("ShouldSerialize", StringComparison.Ordinal)))
        {
            return false;
        }

        if (!enclosing.Add(type))
        {
            return false;
        }

        try
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length > 0 || HasForeignAttribute(property)
                    || property.Name.EndsWith("Specified", StringComparison.Ordinal) || property.GetMethod is not { IsPublic: true }
                    || !IsPlainValue(property.PropertyType, enclosing))
                {
                    return false;
                }
            }

            return true;
        }
        finally
        {
            enclosing.Remove(type);
        }
    }

    private static bool IsPlainValue(Type type, HashSet<Type> enclosing)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (Scalars.Contains(underlying))
        {
            return true;
        }

        if (underlying.IsEnum)
        {
            return !underlying.GetFields(BindingFlags.Public | BindingFlags.Static).Any(HasForeignAttribute);
        }

        if (ItemTypeOf(type) is { } item)
        {
            return IsPlainValue(item, enclosing);
        }

        return Known.TryGetValue(type, out var plain) ? plain : IsPlainObject(type, enclosing);
    }

    // Lists as both libraries write them: arrays, List<T> and the list interfaces. Sets and dictionaries are not.
    private static Type? ItemTypeOf(Type type)
    {
        if (type.IsArray)
        {
            return type.GetArrayRank() == 1 ? type.GetElementType() : null;
        }

        if (!type.IsGenericType)
        {
            return null;
        }

        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(List<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IList<>)
            || definition == typeof(IReadOnlyCollection<>) || definition == typeof(ICollection<>) || definition == typeof(IEnumerable<>)
            ? type.GetGenericArguments()[0]
            : null;
    }

    // Attributes of either JSON library or of data contracts change what one of them writes.
    private static bool HasForeignAttribute(MemberInfo member) =>
        member.GetCustomAttributes(inherit: true).Any(attribute => attribute.GetType().Namespace is { } ns
            && (ns.StartsWith("Newtonsoft.Json", StringComparison.Ordinal) || ns.StartsWith("System.Text.Json", StringComparison.Ordinal)
                || ns == typeof(DataContractAttribute).Namespace));
}
