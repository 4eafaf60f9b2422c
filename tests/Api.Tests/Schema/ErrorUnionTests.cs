using System.Reflection;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Api.Schema;
using GreenCommunity.Api.Tests.Infrastructure;
using GreenCommunity.Domain.Common;
using Microsoft.Extensions.DependencyInjection;

namespace GreenCommunity.Api.Tests.Schema;

/// <summary>
/// A payload's <c>errors</c> never hold an error its union has no member for: GraphQL could not resolve the member and
/// would answer <c>INTERNAL_SERVER_ERROR</c> instead of the business error (issue #18: a unique index answered
/// <c>DUPLICATE</c> to <c>scoreIndicators</c>, whose union has no <c>DuplicateError</c>).
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class ErrorUnionTests(ApiFactory factory)
{
    private static readonly string[] EveryCode = [.. typeof(DomainErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).Append(MutationErrors.RateLimited)];

    [Fact]
    public async Task EveryMutationsPayloadCarriesEveryErrorCodeAsAMemberOfItsUnion()
    {
        var schema = factory.Services.GetRequiredService<GreenCommunitySchema>();
        schema.Initialize();
        await using var scope = factory.Services.CreateAsyncScope();
        var unrepresentable = new List<string>();
        var mapped = 0;
        foreach (var mutation in schema.Mutation!.Fields)
        {
            var payload = Assert.IsAssignableFrom<IObjectGraphType>(mutation.ResolvedType!.GetNamedType());
            var errorsField = payload.GetField("errors") ?? throw new InvalidOperationException($"{payload.Name} has no errors field.");
            var union = Assert.IsAssignableFrom<ErrorUnionType>(errorsField.ResolvedType!.GetNamedType());
            var errors = EveryCode.Select(code => new DomainError(code, $"A {code} error.", "field")).ToList();

            // Resolve the errors field exactly as the engine does, with a payload that holds every code there is.
            var context = new ResolveFieldContext
            {
                Source = Activator.CreateInstance(PayloadClrType(payload), [null, errors]),
                FieldDefinition = errorsField,
                FieldAst = new GraphQLField(new GraphQLName("errors")),
                ParentType = payload,
                RequestServices = scope.ServiceProvider,
            };
            var resolved = Assert.IsAssignableFrom<IEnumerable<DomainError>>(await errorsField.Resolver!.ResolveAsync(context)).ToList();

            Assert.Equal(errors.Count, resolved.Count);
            foreach (var (sent, carried) in errors.Zip(resolved))
            {
                var members = union.PossibleTypes.Where(t => t.IsTypeOf!(carried)).Select(t => t.Name).ToList();
                if (members.Count != 1)
                {
                    unrepresentable.Add($"{mutation.Name}: {sent.Code} resolved to {carried.Code}, members {string.Join("/", members)}");
                }

                Assert.Equal(sent.Message, carried.Message);
                if (union.Codes.Contains(sent.Code))
                {
                    Assert.Equal(sent.Code, carried.Code);
                }
                else
                {
                    mapped++;
                }
            }
        }

        Assert.True(unrepresentable.Count == 0, string.Join("\n", unrepresentable));
        Assert.True(mapped > 0, "No union lacked a code: the walk checked no mapping.");
    }

    [Fact]
    public void ADuplicateInAUnionWithoutDuplicateErrorIsAConflict()
    {
        var schema = factory.Services.GetRequiredService<GreenCommunitySchema>();
        schema.Initialize();
        var scoring = Assert.IsAssignableFrom<ErrorUnionType>(schema.AllTypes["ScoreIndicatorsError"]);
        var applying = Assert.IsAssignableFrom<ErrorUnionType>(schema.AllTypes["CreateApplicationError"]);
        var duplicate = new DomainError(DomainErrorCodes.Duplicate, "The change collides with a record that exists.");

        Assert.Equal(DomainErrorCodes.Conflict, scoring.Represent(duplicate).Code);
        Assert.Same(duplicate, applying.Represent(duplicate));
    }

    [Fact]
    public void EveryUnionHasTheCommonErrorsThatStandInForTheOthers()
    {
        var schema = factory.Services.GetRequiredService<GreenCommunitySchema>();
        schema.Initialize();
        var unions = schema.AllTypes.OfType<ErrorUnionType>().ToList();
        Assert.NotEmpty(unions);
        var standIns = EveryCode.Select(ErrorUnionType.CommonCodeFor).Distinct().ToList();
        Assert.All(unions, union => Assert.All(standIns, code => Assert.Contains(code, union.Codes)));
    }

    // The CLR type of the payload's source, Payload<T>, from its ObjectGraphType<Payload<T>> base.
    private static Type PayloadClrType(IObjectGraphType payload)
    {
        for (var type = payload.GetType(); type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ObjectGraphType<>))
            {
                return type.GetGenericArguments()[0];
            }
        }

        throw new InvalidOperationException($"{payload.Name} is not an ObjectGraphType<Payload<T>>.");
    }
}
