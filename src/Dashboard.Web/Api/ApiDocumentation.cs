using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Dashboard.Web.Api;

/// <summary>
/// The OpenAPI description of the JSON API (served at <c>/openapi/v1.json</c>). The handlers read
/// their query string through <see cref="QueryParameters"/>, which the generator cannot see, so each
/// endpoint declares the parameters it reads here, in one place, with the descriptions users need.
/// </summary>
public static class ApiDocumentation
{
    private static readonly Dictionary<string, (string Description, JsonSchemaType Type, bool Repeatable, string[]? Values)> Parameters = new()
    {
        ["from"] = ("First day included, yyyy-MM-dd (UTC). Absent: no lower bound.", JsonSchemaType.String, false, null),
        ["to"] = ("Last day included, yyyy-MM-dd (UTC). Absent: no upper bound.", JsonSchemaType.String, false, null),
        ["source"] = ("An outlet's name; repeat to keep several. Absent: every outlet.", JsonSchemaType.String, true, null),
        ["actor"] = ("A canonical actor name; repeat for several. Keeps the articles that mention any of them.", JsonSchemaType.String, true, null),
        ["granularity"] = ("The period each row counts.", JsonSchemaType.String, false, ["day", "week", "month"]),
        ["kind"] = ("The kind of actor. Absent: every kind.", JsonSchemaType.String, false, ["person", "organization", "place"]),
        ["limit"] = ("How many actors, most mentioned first (1-200, default 20).", JsonSchemaType.Integer, false, null),
        ["q"] = ("Words to search for in titles and bodies; every word must occur, however it is spelled (hamza forms, ta marbuta) or prefixed (و ب ل ال).", JsonSchemaType.String, false, null),
        ["page"] = ("The page, from 1.", JsonSchemaType.Integer, false, null),
        ["size"] = ("Articles per page (1-200, default 50).", JsonSchemaType.Integer, false, null),
    };

    /// <summary>The shared filter parameters (from, to, source, actor) and the named extra ones.</summary>
    public static RouteHandlerBuilder WithFilterParameters(this RouteHandlerBuilder builder, params string[] extra)
    {
        ArgumentNullException.ThrowIfNull(builder);
        string[] names = ["from", "to", "source", "actor", .. extra];
        return builder
            .ProducesValidationProblem()
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.Parameters ??= [];
                foreach (var name in names)
                {
                    operation.Parameters.Add(Parameter(name));
                }

                return Task.CompletedTask;
            });
    }

    private static OpenApiParameter Parameter(string name)
    {
        var (description, type, repeatable, values) = Parameters[name];
        var schema = new OpenApiSchema { Type = type };
        if (values is not null)
        {
            schema.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))];
        }

        if (name is "from" or "to")
        {
            schema.Format = "date";
        }

        return new OpenApiParameter
        {
            Name = name,
            In = ParameterLocation.Query,
            Description = description,
            Required = false,
            Schema = repeatable ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = schema } : schema,
            Explode = true,
        };
    }
}
