using GraphQL;
using GreenCommunity.Infrastructure.Persistence;

namespace GreenCommunity.Api.GraphQL.Schema;

/// <summary>Short access to request-scoped services from resolvers.</summary>
public static class ResolveFieldContextExtensions
{
    /// <summary>A service from the request's scope.</summary>
    public static T Service<T>(this IResolveFieldContext context)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RequestServices!.GetRequiredService<T>();
    }

    /// <summary>The request's database context.</summary>
    public static GreenCommunityDbContext Db(this IResolveFieldContext context) => context.Service<GreenCommunityDbContext>();

    /// <summary>Now, from the application's clock.</summary>
    public static DateTime UtcNow(this IResolveFieldContext context) => context.Service<TimeProvider>().GetUtcNow().UtcDateTime;
}
