using GraphQL.Types;
using GreenCommunity.Api.Features.Awards;
using GreenCommunity.Api.Features.Campaigns;
using GreenCommunity.Api.Features.Communities;
using GreenCommunity.Api.Features.Criteria;
using GreenCommunity.Api.Features.Geography;
using GreenCommunity.Api.Features.Indicators;
using GreenCommunity.Api.Features.Metrics;
using GreenCommunity.Api.Features.Nodes;
using GreenCommunity.Api.Features.Publicity;

namespace GreenCommunity.Api.GraphQL.Schema;

/// <summary>The root query, assembled from the features' fields.</summary>
public sealed class QueryType : ObjectGraphType
{
    /// <summary>Adds each feature's root fields.</summary>
    public QueryType()
    {
        Name = "Query";
        Description = "Public reads of the Green Community programme: everything here is published data, no sign-in needed.";
        NodeQueries.AddTo(this);
        AwardQueries.AddTo(this);
        CommunityQueries.AddTo(this);
        GeographyQueries.AddTo(this);
        CampaignQueries.AddTo(this);
        CriteriaQueries.AddTo(this);
        IndicatorQueries.AddTo(this);
        PublicityQueries.AddTo(this);
        MetricsQueries.AddTo(this);
    }
}
