using System.Reflection;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Access;

namespace GreenCommunity.Api.GraphQL.Mutations;

/// <summary>Registers a mutation field in the shape every mutation has: <c>name(input: XInput!): XPayload!</c>.</summary>
public static class MutationFields
{
    /// <summary>
    /// Adds <paramref name="name"/> to the root mutation: its description, who may call it (<paramref name="role"/>;
    /// null lets anyone call it, signed in or not), its one <c>input</c> argument, and the handler that runs it with
    /// the request's <see cref="MutationContext"/>.
    /// </summary>
    /// <typeparam name="TPayloadType">The payload's graph type (<c>XPayload</c>).</typeparam>
    /// <typeparam name="TInputType">The input's graph type (<c>XInput</c>).</typeparam>
    /// <typeparam name="TInput">The input's CLR type.</typeparam>
    public static FieldBuilder<object?, object> AddMutation<TPayloadType, TInputType, TInput>(this ObjectGraphType mutation, string name, Role? role, string description, string input, Func<MutationContext, TInput, CancellationToken, Task> handler)
        where TPayloadType : IGraphType
        where TInputType : IGraphType
    {
        ArgumentNullException.ThrowIfNull(handler);
        var result = ResultOf(handler.Method);
        return Add<TPayloadType, TInputType>(mutation, name, role, description, input)
            .ResolveAsync(ctx => result(handler(ctx.Service<MutationContext>(), ctx.GetArgument<TInput>("input"), ctx.CancellationToken)));
    }

    /// <summary>As the other overload, for a handler that also needs a <typeparamref name="TService"/> of the request.</summary>
    public static FieldBuilder<object?, object> AddMutation<TPayloadType, TInputType, TInput, TService>(this ObjectGraphType mutation, string name, Role? role, string description, string input, Func<MutationContext, TService, TInput, CancellationToken, Task> handler)
        where TPayloadType : IGraphType
        where TInputType : IGraphType
        where TService : notnull
    {
        ArgumentNullException.ThrowIfNull(handler);
        var result = ResultOf(handler.Method);
        return Add<TPayloadType, TInputType>(mutation, name, role, description, input)
            .ResolveAsync(ctx => result(handler(ctx.Service<MutationContext>(), ctx.Service<TService>(), ctx.GetArgument<TInput>("input"), ctx.CancellationToken)));
    }

    private static FieldBuilder<object?, object> Add<TPayloadType, TInputType>(ObjectGraphType mutation, string name, Role? role, string description, string input)
        where TPayloadType : IGraphType
        where TInputType : IGraphType
    {
        ArgumentNullException.ThrowIfNull(mutation);
        var field = mutation.Field<NonNullGraphType<TPayloadType>>(name).Description(description);
        field = role is { } r ? field.AuthorizeWithRoles(r.ToString()) : field.AllowAnonymous();
        return field.Argument<NonNullGraphType<TInputType>>("input", input);
    }

    // C# cannot infer TInput from a method group, so handlers are taken as returning Task and their result type
    // is read once here, from the method, when the schema is built.
    private static Func<Task, Task<object?>> ResultOf(MethodInfo handler)
    {
        var returns = handler.ReturnType;
        if (!returns.IsGenericType || returns.GetGenericTypeDefinition() != typeof(Task<>))
        {
            throw new ArgumentException($"A mutation handler returns Task<payload>; {handler.Name} returns {returns.Name}.", nameof(handler));
        }

        return typeof(MutationFields).GetMethod(nameof(ResultAsync), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(returns.GetGenericArguments()[0])
            .CreateDelegate<Func<Task, Task<object?>>>();
    }

    private static async Task<object?> ResultAsync<T>(Task task) => await (Task<T>)task;
}
