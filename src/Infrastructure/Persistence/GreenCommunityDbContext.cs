using GreenCommunity.Domain.Activities;
using GreenCommunity.Domain.ApiKeys;
using GreenCommunity.Domain.Applications;
using GreenCommunity.Domain.Awards;
using GreenCommunity.Domain.Campaigns;
using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Criteria;
using GreenCommunity.Domain.Editions;
using GreenCommunity.Domain.Evaluations;
using GreenCommunity.Domain.Geography;
using GreenCommunity.Domain.Indicators;
using GreenCommunity.Domain.Metrics;
using GreenCommunity.Domain.Programme;
using GreenCommunity.Domain.Publicity;
using GreenCommunity.Domain.Reviews;
using GreenCommunity.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GreenCommunity.Infrastructure.Persistence;

/// <summary>
/// The programme's database. Used directly by queries and mutations; there is no repository layer (ADR-003).
/// One model for every provider: the host registers a provider's subclass
/// (<see cref="SqliteGreenCommunityDbContext"/>, <see cref="PostgreSqlGreenCommunityDbContext"/>,
/// <see cref="SqlServerGreenCommunityDbContext"/>) under this type, and the subclass exists only so each provider
/// has its own migrations (ADR-007).
/// </summary>
public class GreenCommunityDbContext : DbContext
{
    /// <summary>A context on <paramref name="options"/>. Prefer a provider's subclass, which carries its migrations.</summary>
    public GreenCommunityDbContext(DbContextOptions<GreenCommunityDbContext> options)
        : base(options)
    {
    }

    /// <summary>For the providers' subclasses, whose options are typed to the subclass.</summary>
    protected GreenCommunityDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Districts, current and former.</summary>
    public DbSet<District> Districts => Set<District>();

    /// <summary>Streets.</summary>
    public DbSet<Street> Streets => Set<Street>();

    /// <summary>Communities.</summary>
    public DbSet<Community> Communities => Set<Community>();

    /// <summary>Criteria-scheme versions.</summary>
    public DbSet<CriteriaScheme> CriteriaSchemes => Set<CriteriaScheme>();

    /// <summary>Sections of criteria schemes.</summary>
    public DbSet<CriteriaSection> CriteriaSections => Set<CriteriaSection>();

    /// <summary>Indicators of criteria schemes.</summary>
    public DbSet<Indicator> Indicators => Set<Indicator>();

    /// <summary>Gates of criteria schemes.</summary>
    public DbSet<Gate> Gates => Set<Gate>();

    /// <summary>Campaigns.</summary>
    public DbSet<Campaign> Campaigns => Set<Campaign>();

    /// <summary>Applications.</summary>
    public DbSet<Application> Applications => Set<Application>();

    /// <summary>Application history.</summary>
    public DbSet<ApplicationEvent> ApplicationEvents => Set<ApplicationEvent>();

    /// <summary>Every change bearing on an application's result other than its status changes (its history).</summary>
    public DbSet<TrailEntry> TrailEntries => Set<TrailEntry>();

    /// <summary>Evidence attached to applications.</summary>
    public DbSet<Evidence> Evidence => Set<Evidence>();

    /// <summary>Gate verdicts.</summary>
    public DbSet<GateVerdict> GateVerdicts => Set<GateVerdict>();

    /// <summary>Evaluation panels.</summary>
    public DbSet<Panel> Panels => Set<Panel>();

    /// <summary>Panel members.</summary>
    public DbSet<PanelMember> PanelMembers => Set<PanelMember>();

    /// <summary>On-site evaluations.</summary>
    public DbSet<Evaluation> Evaluations => Set<Evaluation>();

    /// <summary>Evaluation procedure steps.</summary>
    public DbSet<EvaluationStepRecord> EvaluationSteps => Set<EvaluationStepRecord>();

    /// <summary>Evaluators' indicator scores.</summary>
    public DbSet<IndicatorScore> IndicatorScores => Set<IndicatorScore>();

    /// <summary>Collective reviews.</summary>
    public DbSet<CollectiveReview> CollectiveReviews => Set<CollectiveReview>();

    /// <summary>Collective-review decisions.</summary>
    public DbSet<CollectiveReviewDecision> CollectiveReviewDecisions => Set<CollectiveReviewDecision>();

    /// <summary>Publicity notices.</summary>
    public DbSet<PublicityNotice> PublicityNotices => Set<PublicityNotice>();

    /// <summary>Candidates on publicity notices.</summary>
    public DbSet<PublicityCandidate> PublicityCandidates => Set<PublicityCandidate>();

    /// <summary>Objections.</summary>
    public DbSet<Objection> Objections => Set<Objection>();

    /// <summary>Awards.</summary>
    public DbSet<Award> Awards => Set<Award>();

    /// <summary>Indicator definitions.</summary>
    public DbSet<IndicatorDefinition> IndicatorDefinitions => Set<IndicatorDefinition>();

    /// <summary>Every version of every indicator definition.</summary>
    public DbSet<IndicatorDefinitionVersion> IndicatorDefinitionVersions => Set<IndicatorDefinitionVersion>();

    /// <summary>Indicator observations.</summary>
    public DbSet<Observation> Observations => Set<Observation>();

    /// <summary>Editions of the published data.</summary>
    public DbSet<Edition> Editions => Set<Edition>();

    /// <summary>What each edition changed.</summary>
    public DbSet<EditionChange> EditionChanges => Set<EditionChange>();

    /// <summary>Funding records.</summary>
    public DbSet<FundingRecord> FundingRecords => Set<FundingRecord>();

    /// <summary>Training records.</summary>
    public DbSet<TrainingRecord> TrainingRecords => Set<TrainingRecord>();

    /// <summary>Publicity activities.</summary>
    public DbSet<PublicityActivity> PublicityActivities => Set<PublicityActivity>();

    /// <summary>The bodies that run the programme.</summary>
    public DbSet<Organisation> Organisations => Set<Organisation>();

    /// <summary>Annual plans of the city and the districts.</summary>
    public DbSet<AnnualPlan> AnnualPlans => Set<AnnualPlan>();

    /// <summary>Funding allocations.</summary>
    public DbSet<FundingAllocation> FundingAllocations => Set<FundingAllocation>();

    /// <summary>The funding-by-category rules.</summary>
    public DbSet<FundingRule> FundingRules => Set<FundingRule>();

    /// <summary>API keys of registered applications (hashes only).</summary>
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    /// <summary>Training sessions, exchange meetings, visits and other programme events, and reported totals of them.</summary>
    public DbSet<ProgrammeEvent> ProgrammeEvents => Set<ProgrammeEvent>();

    /// <summary>Publicity materials, media coverage and notice announcements.</summary>
    public DbSet<OutreachItem> OutreachItems => Set<OutreachItem>();

    /// <summary>Dated practices of communities, with their evidence.</summary>
    public DbSet<CommunityPractice> CommunityPractices => Set<CommunityPractice>();

    /// <summary>Events awaiting relay to subscribers, written with the changes they describe.</summary>
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GreenCommunityDbContext).Assembly);
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Enums are stored by name: readable in the database and stable when members are added.
        configurationBuilder.Properties<TitleLevel>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<CommunityKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<CoBuiltWith>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ApplicationStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<GateKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<GateStage>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<EvaluationStep>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ObjectionResolution>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Provenance>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<SupportCategory>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<TrainingKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<PublicityKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Percentage>().HaveConversion<PercentageConverter>().HavePrecision(5, 4);
        configurationBuilder.Properties<decimal>().HavePrecision(12, 2);

        // Instants are UTC everywhere (timestamp with time zone on PostgreSQL, which refuses other kinds): written
        // as UTC and read back marked UTC on every provider, so the API prints them the same way on each.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();

        // SQLite has no decimal type: EF would store text and refuse to sort or aggregate it in SQL.
        // Scores and values are stored as REAL there, so ordering and statistics run in the database.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<decimal>().HaveConversion<double>();
            configurationBuilder.Properties<Percentage>().HaveConversion<PercentageAsDoubleConverter>();
        }
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        d => d.Kind == DateTimeKind.Utc ? d : d.Kind == DateTimeKind.Local ? d.ToUniversalTime() : DateTime.SpecifyKind(d, DateTimeKind.Utc),
        d => d.Kind == DateTimeKind.Utc ? d : DateTime.SpecifyKind(d, DateTimeKind.Utc));

    /// <summary>The model depends on the provider (see ConfigureConventions): one is cached per provider.</summary>
    internal sealed class ProviderModelCacheKeyFactory : IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) => (context.GetType(), context.Database.ProviderName, designTime);
    }

    private sealed class PercentageConverter() : ValueConverter<Percentage, decimal>(p => p.Fraction, d => new Percentage(d));

    private sealed class PercentageAsDoubleConverter() : ValueConverter<Percentage, double>(p => (double)p.Fraction, d => new Percentage((decimal)d));
}
