using GraphQL.DataLoader;

namespace GreenCommunity.Api.GraphQL.DataLoading;

/// <summary>Transforms a loader's result once it arrives, keeping the field parked until the batch runs.</summary>
public static class DataLoaderResultExtensions
{
    /// <summary>Applies <paramref name="map"/> to the loaded value.</summary>
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> result, Func<TIn, TOut> map) => new Mapped<TIn, TOut>(result, map);

    private sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> inner, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) => map(await inner.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
