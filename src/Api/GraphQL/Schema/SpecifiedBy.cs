using GraphQL;
using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;

namespace GreenCommunity.Api.GraphQL.Schema;

/// <summary>
/// The <c>@specifiedBy(url:)</c> directive of the GraphQL specification (October 2021) on the custom scalars, and the
/// <c>__Type.specifiedByURL</c> introspection field that GraphQL.NET 8 lacks, so code generators and graphql-js's
/// <c>getIntrospectionQuery({ specifiedByUrl: true })</c> learn what each scalar's text means.
/// </summary>
public sealed class SpecifiedByDirective : Directive
{
    /// <summary>The directive's name.</summary>
    public const string DirectiveName = "specifiedBy";

    /// <summary>The specification of each custom scalar, by scalar name.</summary>
    public static readonly IReadOnlyDictionary<string, string> Urls = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Date"] = "https://www.iso.org/iso-8601-date-and-time-format.html",
        ["DateTime"] = "https://datatracker.ietf.org/doc/html/rfc3339",
    };

    /// <summary>Creates the directive.</summary>
    public SpecifiedByDirective()
        : base(DirectiveName, GraphQLParser.AST.DirectiveLocation.Scalar)
    {
        Description = "Exposes a URL that specifies the behaviour of this scalar.";
        Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>> { Name = "url", Description = "The URL that specifies the behaviour of this scalar." });
    }

    /// <summary>The URL that specifies <paramref name="type"/>, or null when it is not a custom scalar.</summary>
    public static string? UrlOf(IGraphType? type) =>
        type is ScalarGraphType scalar && scalar.FindAppliedDirective(DirectiveName)?.FindArgument("url")?.Value is string url ? url : null;
}

/// <summary>
/// Applies <see cref="SpecifiedByDirective"/> to the custom scalars, adds <c>specifiedByURL</c> to <c>__Type</c> and
/// <c>includeDeprecated</c> to <c>__Directive.args</c> while the schema initialises.
/// </summary>
public sealed class SpecifiedByVisitor : BaseSchemaNodeVisitor
{
    /// <inheritdoc />
    public override void VisitScalar(ScalarGraphType type, ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (SpecifiedByDirective.Urls.TryGetValue(type.Name, out var url) && type.FindAppliedDirective(SpecifiedByDirective.DirectiveName) is null)
        {
            type.ApplyDirective(SpecifiedByDirective.DirectiveName, "url", url);
        }
    }

    /// <inheritdoc />
    public override void PostVisitSchema(ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (schema.AllTypes["__Type"] is __Type type && type.GetField("specifiedByURL") is null)
        {
            type.AddField(new FieldType
            {
                Name = "specifiedByURL",
                Type = typeof(StringGraphType),
                ResolvedType = schema.AllTypes["String"],
                Resolver = new FuncFieldResolver<object?>(context => SpecifiedByDirective.UrlOf(context.Source as IGraphType)),
            });
        }

        // __Directive.args(includeDeprecated:) as graphql-js asks with inputValueDeprecation; GraphQL.NET 8 has it on
        // fields' and input objects' arguments only. No directive argument here is deprecated, so it lists them all.
        if (schema.AllTypes["__Directive"] is IObjectGraphType directive && directive.GetField("args") is { } args
            && args.Arguments?.Find("includeDeprecated") is null)
        {
            args.Arguments ??= [];
            args.Arguments.Add(new QueryArgument(new BooleanGraphType())
            {
                Name = "includeDeprecated",
                DefaultValue = false,
                ResolvedType = schema.AllTypes["Boolean"],
            });
        }
    }
}
