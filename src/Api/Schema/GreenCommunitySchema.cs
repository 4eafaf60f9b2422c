using GreenCommunity.Api.Features.Applications;
using GreenCommunity.Api.Features.Awards;
using GreenCommunity.Api.Features.Campaigns;
using GreenCommunity.Api.Features.Communities;
using GreenCommunity.Api.Features.Criteria;
using GreenCommunity.Api.Features.Editions;
using GreenCommunity.Api.Features.Funding;
using GreenCommunity.Api.Features.Geography;
using GreenCommunity.Api.Features.Indicators;
using GreenCommunity.Api.Features.Live;
using GreenCommunity.Api.Features.Organisations;
using GreenCommunity.Api.Features.Plans;
using GreenCommunity.Api.Features.Publicity;
using GreenCommunity.Api.GraphQL.Schema;

namespace GreenCommunity.Api.Schema;

/// <summary>The GreenCommunity schema. A singleton: built once, shared by all requests.</summary>
public sealed class GreenCommunitySchema : global::GraphQL.Types.Schema
{
    /// <summary>Builds the schema.</summary>
    public GreenCommunitySchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription)
        : base(services)
    {
        Description = "GreenCommunity: the open-data API of the city's Green Community (绿色社区) programme.";
        Query = query;
        Mutation = mutation;
        Subscription = subscription;

        // The current specification's introspection (graphql-js getIntrospectionQuery with every option):
        // __Directive.isRepeatable, deprecated arguments and input fields, and __Type.specifiedByURL.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        Directives.Register(new SpecifiedByDirective());
        RegisterVisitor(new SpecifiedByVisitor());

        // Types reachable only through the Node interface must be registered explicitly.
        RegisterType(typeof(AwardType));
        RegisterType(typeof(CommunityType));
        RegisterType(typeof(DistrictType));
        RegisterType(typeof(StreetType));
        RegisterType(typeof(CampaignType));
        RegisterType(typeof(CriteriaSchemeType));
        RegisterType(typeof(CriteriaSectionType));
        RegisterType(typeof(CriteriaIndicatorType));
        RegisterType(typeof(IndicatorDefinitionType));
        RegisterType(typeof(ObservationType));
        RegisterType(typeof(PublicityNoticeType));
        RegisterType(typeof(ApplicationType));
        RegisterType(typeof(PanelType));
        RegisterType(typeof(ObjectionType));
        RegisterType(typeof(EditionType));
        RegisterType(typeof(OrganisationType));
        RegisterType(typeof(AnnualPlanType));
        RegisterType(typeof(FundingAllocationType));
    }
}
