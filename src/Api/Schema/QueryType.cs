using GraphQL.Types;
using GreenCommunity.Api.Features.Applications;
using GreenCommunity.Api.Features.Awards;
using GreenCommunity.Api.Features.Campaigns;
using GreenCommunity.Api.Features.Communities;
using GreenCommunity.Api.Features.Criteria;
using GreenCommunity.Api.Features.Downloads;
using GreenCommunity.Api.Features.Editions;
using GreenCommunity.Api.Features.Events;
using GreenCommunity.Api.Features.Feed;
using GreenCommunity.Api.Features.Funding;
using GreenCommunity.Api.Features.Geography;
using GreenCommunity.Api.Features.Indicators;
using GreenCommunity.Api.Features.Metrics;
using GreenCommunity.Api.Features.Nodes;
using GreenCommunity.Api.Features.Organisations;
using GreenCommunity.Api.Features.Outreach;
using GreenCommunity.Api.Features.Plans;
using GreenCommunity.Api.Features.Practices;
using GreenCommunity.Api.Features.Publicity;
using GreenCommunity.Api.Features.Statistics;

namespace GreenCommunity.Api.Schema;

/// <summary>The root query, assembled from the features' fields.</summary>
public sealed class QueryType : ObjectGraphType
{
    /// <summary>Adds each feature's root fields.</summary>
    public QueryType()
    {
        Name = "Query";
        Description = "Reads of the Green Community programme. Public fields show published data only and need no sign-in; the workflow fields (viewer, applications, queues, objections) need a token and show only what your role and scope allow.";
        NodeQueries.AddTo(this);
        AwardQueries.AddTo(this);
        CommunityQueries.AddTo(this);
        GeographyQueries.AddTo(this);
        CampaignQueries.AddTo(this);
        CriteriaQueries.AddTo(this);
        IndicatorQueries.AddTo(this);
        PublicityQueries.AddTo(this);
        MetricsQueries.AddTo(this);
        EventQueries.AddTo(this);
        OutreachQueries.AddTo(this);
        PracticeQueries.AddTo(this);
        StatisticsQueries.AddTo(this);
        OrganisationQueries.AddTo(this);
        PlanQueries.AddTo(this);
        FundingQueries.AddTo(this);
        EditionQueries.AddTo(this);
        DatasetQueries.AddTo(this);
        FeedEndpoints.AddTo(this);
        ApplicationQueries.AddTo(this);
        ObjectionQueries.AddTo(this);
    }
}
