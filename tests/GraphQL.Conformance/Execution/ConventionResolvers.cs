using System.Text.Json;
using DataInclusion.GraphQL.Execution;
using DataInclusion.GraphQL.Language;
using DataInclusion.GraphQL.Language.Ast;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Conformance.Execution;

/// <summary>
/// The resolver conventions shared with js/execute.mjs: fields named `fails*` throw `&lt;Type&gt;.&lt;field&gt; failed`;
/// fields named `echo*` return their coerced arguments as JSON text with sorted keys. Every other field keeps the
/// engine's default resolver over the JSON root value.
/// </summary>
public static class ConventionResolvers
{
    public static Schema BuildSchema(string sdl)
    {
        var builder = new SchemaBuilder().AddTypeDefinitions(sdl);
        foreach (var type in Parser.Parse(sdl).Definitions.OfType<ObjectTypeDefinitionNode>())
        {
            foreach (var field in type.Fields)
            {
                var typeName = type.Name.Value;
                var fieldName = field.Name.Value;
                if (fieldName.StartsWith("fails", StringComparison.Ordinal))
                {
                    builder.AddResolver(typeName, fieldName, _ => throw new InvalidOperationException($"{typeName}.{fieldName} failed"));
                }
                else if (fieldName.StartsWith("echo", StringComparison.Ordinal))
                {
                    builder.AddResolver(typeName, fieldName, context => ValueTask.FromResult<object?>(Echo(context)));
                }
            }
        }

        return builder.Build();
    }

    private static string Echo(ResolveContext context)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            CanonicalJson.WriteSorted(writer, context.Arguments);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
