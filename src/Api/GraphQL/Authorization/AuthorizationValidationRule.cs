using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using GreenCommunity.Domain.Access;
using Microsoft.AspNetCore.Authorization;

namespace GreenCommunity.Api.GraphQL.Authorization;

/// <summary>
/// Checks, before any resolver runs, the requirements declared on the types, fields and arguments the selected
/// operation uses (with its fragments, leaving out what <c>@skip</c>/<c>@include</c> leave out). Requirements
/// are GraphQL.NET's metadata: <c>Authorize()</c> (signed in), <c>AuthorizeWithRoles(..)</c>,
/// <c>AuthorizeWithPolicy(..)</c>, <c>AllowAnonymous()</c>. Which district or panel a caller may act on is not
/// checked here: that is a domain rule, answered with a typed error.
/// </summary>
public sealed class AuthorizationValidationRule : ValidationRuleBase
{
    /// <inheritdoc />
    public override async ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await new Walker(context).CheckOperationAsync();
        return null;
    }

    private sealed class Walker(ValidationContext context)
    {
        private readonly HashSet<(string Fragment, string Type)> _visited = [];
        private readonly bool _authenticated = context.User?.Identity?.IsAuthenticated == true;
        private readonly Actor? _actor = ActorClaims.From(context.User);

        public async Task CheckOperationAsync()
        {
            IComplexGraphType? root = context.Operation.Operation switch
            {
                OperationType.Query => context.Schema.Query,
                OperationType.Mutation => context.Schema.Mutation,
                OperationType.Subscription => context.Schema.Subscription,
                _ => null,
            };
            if (root is null)
            {
                return;
            }

            if (await CheckAsync(root, context.Operation))
            {
                await VisitAsync(context.Operation.SelectionSet, root);
            }
        }

        private async Task VisitAsync(GraphQLSelectionSet? selections, IComplexGraphType parent)
        {
            if (selections is null)
            {
                return;
            }

            foreach (var selection in selections.Selections)
            {
                if (!context.ShouldIncludeNode(selection))
                {
                    continue;
                }

                switch (selection)
                {
                    case GraphQLField field:
                        await VisitFieldAsync(field, parent);
                        break;
                    case GraphQLInlineFragment inline:
                        var inlineType = TypeOrParent(inline.TypeCondition, parent);
                        if (await CheckAsync(inlineType, inline))
                        {
                            await VisitAsync(inline.SelectionSet, inlineType);
                        }

                        break;
                    case GraphQLFragmentSpread spread:
                        var fragment = context.Document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name.Value == spread.FragmentName.Name.Value);
                        if (fragment is not null)
                        {
                            var type = TypeOrParent(fragment.TypeCondition, parent);
                            if (_visited.Add((fragment.FragmentName.Name.StringValue, type.Name)) && await CheckAsync(type, spread))
                            {
                                await VisitAsync(fragment.SelectionSet, type);
                            }
                        }

                        break;
                }
            }
        }

        private async Task VisitFieldAsync(GraphQLField field, IComplexGraphType parent)
        {
            var definition = parent.GetField(field.Name.Value);
            if (definition is null || !await CheckAsync(definition, field))
            {
                return;
            }

            foreach (var argument in field.Arguments?.Items ?? [])
            {
                if (definition.Arguments?.Find(argument.Name.Value) is { } argumentDefinition && !await CheckAsync(argumentDefinition, argument))
                {
                    return;
                }
            }

            var named = definition.ResolvedType?.GetNamedType();
            if (named is IMetadataReader typeRequirements && !await CheckAsync(typeRequirements, field))
            {
                return;
            }

            if (named is IComplexGraphType complex)
            {
                await VisitAsync(field.SelectionSet, complex);
            }
        }

        private IComplexGraphType TypeOrParent(GraphQLTypeCondition? condition, IComplexGraphType parent) =>
            condition is not null && context.Schema.AllTypes[condition.Type.Name] is IComplexGraphType type ? type : parent;

        private async Task<bool> CheckAsync(IMetadataReader requirements, ASTNode node)
        {
            if (!requirements.IsAuthorizationRequired() || requirements.IsAnonymousAllowed())
            {
                return true;
            }

            var what = node switch
            {
                GraphQLField field => $"'{field.Name.StringValue}'",
                GraphQLInlineFragment { TypeCondition: { } condition } => $"'{condition.Type.Name.StringValue}'",
                GraphQLFragmentSpread spread => $"fragment '{spread.FragmentName.Name.StringValue}'",
                _ => "this operation",
            };
            if (!_authenticated || _actor is null)
            {
                Deny(node, $"Sign in to use {what}.");
                return false;
            }

            var roles = requirements.GetRoles();
            if (roles is { Count: > 0 } && !roles.Any(r => ActorClaims.RoleNamed(r) is { } role && _actor.Is(role)))
            {
                Deny(node, $"{what} needs one of the roles {string.Join(", ", roles)}.");
                return false;
            }

            var policies = requirements.GetPolicies();
            if (policies is { Count: > 0 })
            {
                var authorization = context.RequestServices!.GetRequiredService<IAuthorizationService>();
                foreach (var policy in policies)
                {
                    if (!(await authorization.AuthorizeAsync(context.User!, policy)).Succeeded)
                    {
                        Deny(node, $"{what} needs the '{policy}' policy.");
                        return false;
                    }
                }
            }

            return true;
        }

        private void Deny(ASTNode node, string message) =>
            context.ReportError(new AccessDeniedError(context.Document.Source, node, message, _authenticated && _actor is not null));
    }
}
