using GraphQL.Types;
using GreenCommunity.Api.GraphQL.Schema;

namespace GreenCommunity.Api.Features.Downloads;

/// <summary>Root field <c>dataset</c>.</summary>
public static class DatasetQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<DatasetInfoType>>("dataset")
            .Description("The open dataset: licence, latest edition, bulk download links and the data dictionary.")
            .Resolve(ctx => new DatasetInfo(ctx.Service<OpenDataOptions>().Licence));
    }
}
