using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GreenCommunity.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class InitialModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "criteria_schemes",
                columns: table => new
                {
                    id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    code = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    version = table.Column<int>(type: "int", nullable: false),
                    published_on = table.Column<DateOnly>(type: "date", nullable: false),
                    validity_years = table.Column<int>(type: "int", nullable: false),
                    scoring_rule = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    name_en = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    name_zh = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    is_sample = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_criteria_schemes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "districts",
                columns: table => new
                {
                    id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    code = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    effective_to = table.Column<DateOnly>(type: "date", nullable: true),
                    succeeded_by_id = table.Column<int>(type: "int", nullable: true),
                    name_en = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    name_zh = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    is_sample = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_districts", x => x.id);
                    table.ForeignKey(
                        name: "fk_districts_districts_succeeded_by_id",
                        column: x => x.succeeded_by_id,
                        principalTable: "districts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "indicator_definitions",
                columns: table => new
                {
                    id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    code = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    unit = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    description = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    methodology = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    source = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    name_en = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    name_zh = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    is_sample = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicator_definitions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "training_records",
                columns: table => new
                {
                    id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    year = table.Column<int>(type: "int", nullable: false),
                    kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    batches = table.Column<int>(type: "int", nullable: false),
                    attendance = table.Column<int>(type: "int", nullable: false),
                    attendance_is_minimum = table.Column<bool>(type: "bit", nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: true),
                    description = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    is_sample = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_training_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "campaigns",
                columns: table => new
                {
                    id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    year = table.Column<int>(type: "int", nullable: false),
                    level = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    batch_number = table.Column<int>(type: "int", nullable: false),
                    scheme_id = table.Column<int>(type: "int", nullable: false),
                    announced_at = table.Column<DateTime>(type: "datetime2", nullable: true),
                    results_published_at = table.Column<DateTime>(type: "datetime2", nullable: true),
                    name_en = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    name_zh = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    timetable_applications_close = table.Column<DateOnly>(type: "date", nullable: false),
                    timetable_applications_open = table.Column<DateOnly>(type: "date", nullable: false),
                    timetable_evaluation_end = table.Column<DateOnly>(type: "date", nullable: false),
                    timetable_evaluation_start = table.Column<DateOnly>(type: "date", nullable: false),
                    timetable_publicity_days = table.Column<int>(type: "int", nullable: false),
                    is_sample = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_campaigns", x => x.id);
                    table.ForeignKey(
                        name: "fk_campaigns_criteria_schemes_scheme_id",
                        column: x => x.scheme_id,
                        principalTable: "criteria_schemes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "criteria_sections",
                columns: table => new
                {
                    id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    scheme_id = table.Column<int>(type: "int", nullable: false),
                    code = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    position = table.Column<int>(type: "int", nullable: false),
                    title_en = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    title_zh = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    is_sample = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_criteria_sections", x => x.id);
                    table.ForeignKey(
                        name: "fk_criteria_sections_criteria_schemes_scheme_id",
                        column: x => x.scheme_id,
                        principalTable: "criteria_schemes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "gates",
                columns: table => new
                {
                    id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    scheme_id = table.Column<int>(type: "int", nullable: false),
                    kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    threshold = table.Column<decimal>(type: "decimal(5,4)", precision: 5, scale: 4, nullable: true),
                    description_en = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    description_zh = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    is_sample = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_gates", x => x.id);
                    table.ForeignKey(
                        name: "fk_gates_criteria_schemes_scheme_id",
                        column: x => x.scheme_id,
                        principalTable: "criteria_schemes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "scheme_pass_marks",
                columns: table => new
                {
                    id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    level = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    minimum_score = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: false),
                    scheme_id = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_scheme_pass_marks", x => x.id);
                    table.ForeignKey(
                        name: "fk_scheme_pass_marks_criteria_schemes_scheme_id",
                        column: x => x.scheme_id,
                        principalTable: "criteria_schemes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "funding_records",
                columns: table => new
                {
                    id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    year = table.Column<int>(type: "int", nullable: false),
                    source = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    district_id = table.Column<int>(type: "int", nullable: true),
                    category = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    amount_yuan = table.Column<decimal>(type: "decimal(14,2)", precision: 14, scale: 2, nullable: false),
                    purpose = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    is_sample = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_funding_records", x => x.id);
                    table.ForeignKey(
                        name: "fk_funding_records_districts_district_id",
                        column: x => x.district_id,
                        principalTable: "districts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "publicity_activities",
                columns: table => new
                {
                    id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    year = table.Column<int>(type: "int", nullable: false),
                    kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    quantity = table.Column<int>(type: "int", nullable: false),
                    quantity_is_minimum = table.Column<bool>(type: "bit", nullable: false),
                    district_id = table.Column<int>(type: "int", nullable: true),
                    description = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    is_sample = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_publicity_activities", x => x.id);
                    table.ForeignKey(
                        name: "fk_publicity_activities_districts_district_id",
                        column: x => x.district_id,
                        principalTable: "districts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "streets",
                columns: table => new
                {
                    id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    code = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    district_id = table.Column<int>(type: "int", nullable: false),
                    name_en = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    name_zh = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    is_sample = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_streets", x => x.id);
                    table.ForeignKey(
                        name: "fk_streets_districts_district_id",
                        column: x => x.district_id,
                        principalTable: "districts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "collective_reviews",
                columns: table => new
                {
                    id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    campaign_id = table.Column<int>(type: "int", nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    is_sample = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_collective_reviews", x => x.id);
                    table.ForeignKey(
                        name: "fk_collective_reviews_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "panels",
                columns: table => new
                {
                    id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    campaign_id = table.Column<int>(type: "int", nullable: false),
                    name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    is_sample = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_panels", x => x.id);
                    table.ForeignKey(
                        name: "fk_panels_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "publicity_notices",
                columns: table => new
                {
                    id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    campaign_id = table.Column<int>(type: "int", nullable: false),
                    opened_on = table.Column<DateOnly>(type: "date", nullable: false),
                    objection_deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    published_at = table.Column<DateTime>(type: "datetime2", nullable: false),
                    title_en = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    title_zh = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    is_sample = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_publicity_notices", x => x.id);
                    table.ForeignKey(
                        name: "fk_publicity_notices_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "indicators",
                columns: table => new
                {
                    id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    section_id = table.Column<int>(type: "int", nullable: false),
                    code = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    position = table.Column<int>(type: "int", nullable: false),
                    maximum_points = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: false),
                    guidance = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    evidence_expected = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    title_en = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    title_zh = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    is_sample = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicators", x => x.id);
                    table.ForeignKey(
                        name: "fk_indicators_criteria_sections_section_id",
                        column: x => x.section_id,
                        principalTable: "criteria_sections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "communities",
                columns: table => new
                {
                    id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    code = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    street_id = table.Column<int>(type: "int", nullable: false),
                    kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    gated = table.Column<bool>(type: "bit", nullable: false),
                    co_built_with = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    commercial_estate = table.Column<bool>(type: "bit", nullable: false),
                    households = table.Column<int>(type: "int", nullable: true),
                    occupancy_rate = table.Column<decimal>(type: "decimal(5,4)", precision: 5, scale: 4, nullable: true),
                    latitude = table.Column<double>(type: "float", nullable: true),
                    longitude = table.Column<double>(type: "float", nullable: true),
                    name_en = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    name_zh = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    is_sample = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_communities", x => x.id);
                    table.ForeignKey(
                        name: "fk_communities_streets_street_id",
                        column: x => x.street_id,
                        principalTable: "streets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "panel_members",
                columns: table => new
                {
                    id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    panel_id = table.Column<int>(type: "int", nullable: false),
                    subject = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    display_name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    contact = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    is_sample = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_panel_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_panel_members_panels_panel_id",
                        column: x => x.panel_id,
                        principalTable: "panels",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "applications",
                columns: table => new
                {
                    id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    campaign_id = table.Column<int>(type: "int", nullable: false),
                    community_id = table.Column<int>(type: "int", nullable: false),
                    status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTime>(type: "datetime2", nullable: false),
                    self_assessed_score = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: true),
                    gate_facts_occupancy_rate = table.Column<decimal>(type: "decimal(5,4)", precision: 5, scale: 4, nullable: true),
                    gate_facts_penalty_cases = table.Column<int>(type: "int", nullable: true),
                    gate_facts_complaints_received = table.Column<int>(type: "int", nullable: true),
                    gate_facts_complaints_answered_in_time = table.Column<int>(type: "int", nullable: true),
                    gate_facts_source = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    revision_deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    version = table.Column<int>(type: "int", nullable: false),
                    is_sample = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_applications", x => x.id);
                    table.ForeignKey(
                        name: "fk_applications_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_applications_communities_community_id",
                        column: x => x.community_id,
                        principalTable: "communities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "awards",
                columns: table => new
                {
                    id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    community_id = table.Column<int>(type: "int", nullable: false),
                    campaign_id = table.Column<int>(type: "int", nullable: false),
                    level = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    year = table.Column<int>(type: "int", nullable: false),
                    district_at_award_id = table.Column<int>(type: "int", nullable: false),
                    scheme_id = table.Column<int>(type: "int", nullable: false),
                    panel_id = table.Column<int>(type: "int", nullable: true),
                    application_id = table.Column<int>(type: "int", nullable: true),
                    score = table.Column<decimal>(type: "decimal(5,1)", precision: 5, scale: 1, nullable: true),
                    awarded_on = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_until = table.Column<DateOnly>(type: "date", nullable: false),
                    published_at = table.Column<DateTime>(type: "datetime2", nullable: true),
                    revoked_on = table.Column<DateOnly>(type: "date", nullable: true),
                    revocation_reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    is_sample = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_awards", x => x.id);
                    table.ForeignKey(
                        name: "fk_awards_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_awards_communities_community_id",
                        column: x => x.community_id,
                        principalTable: "communities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_awards_criteria_schemes_scheme_id",
                        column: x => x.scheme_id,
                        principalTable: "criteria_schemes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_awards_districts_district_at_award_id",
                        column: x => x.district_at_award_id,
                        principalTable: "districts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_awards_panels_panel_id",
                        column: x => x.panel_id,
                        principalTable: "panels",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "observations",
                columns: table => new
                {
                    id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    indicator_id = table.Column<int>(type: "int", nullable: false),
                    community_id = table.Column<int>(type: "int", nullable: false),
                    year = table.Column<int>(type: "int", nullable: false),
                    value = table.Column<decimal>(type: "decimal(14,4)", precision: 14, scale: 4, nullable: false),
                    provenance = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    source_document = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    recorded_at = table.Column<DateTime>(type: "datetime2", nullable: false),
                    published_at = table.Column<DateTime>(type: "datetime2", nullable: true),
                    superseded_by_id = table.Column<int>(type: "int", nullable: true),
                    is_sample = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_observations", x => x.id);
                    table.ForeignKey(
                        name: "fk_observations_communities_community_id",
                        column: x => x.community_id,
                        principalTable: "communities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_observations_indicator_definitions_indicator_id",
                        column: x => x.indicator_id,
                        principalTable: "indicator_definitions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_observations_observations_superseded_by_id",
                        column: x => x.superseded_by_id,
                        principalTable: "observations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "application_events",
                columns: table => new
                {
                    id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    application_id = table.Column<int>(type: "int", nullable: false),
                    from = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    to = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    by = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    at = table.Column<DateTime>(type: "datetime2", nullable: false),
                    comment = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    is_sample = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_application_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_application_events_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "collective_review_decisions",
                columns: table => new
                {
                    id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    collective_review_id = table.Column<int>(type: "int", nullable: false),
                    application_id = table.Column<int>(type: "int", nullable: false),
                    candidate = table.Column<bool>(type: "bit", nullable: false),
                    reasons = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    is_sample = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_collective_review_decisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_collective_review_decisions_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_collective_review_decisions_collective_reviews_collective_review_id",
                        column: x => x.collective_review_id,
                        principalTable: "collective_reviews",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "evaluations",
                columns: table => new
                {
                    id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    application_id = table.Column<int>(type: "int", nullable: false),
                    panel_id = table.Column<int>(type: "int", nullable: false),
                    panel_score = table.Column<decimal>(type: "decimal(5,1)", precision: 5, scale: 1, nullable: true),
                    feedback = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    completed_at = table.Column<DateTime>(type: "datetime2", nullable: true),
                    version = table.Column<int>(type: "int", nullable: false),
                    is_sample = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evaluations", x => x.id);
                    table.ForeignKey(
                        name: "fk_evaluations_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_evaluations_panels_panel_id",
                        column: x => x.panel_id,
                        principalTable: "panels",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "evidence",
                columns: table => new
                {
                    id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    application_id = table.Column<int>(type: "int", nullable: false),
                    title = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    kind = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    location = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    attached_at = table.Column<DateTime>(type: "datetime2", nullable: false),
                    is_sample = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evidence", x => x.id);
                    table.ForeignKey(
                        name: "fk_evidence_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "gate_verdicts",
                columns: table => new
                {
                    id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    application_id = table.Column<int>(type: "int", nullable: false),
                    gate = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    stage = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    passed = table.Column<bool>(type: "bit", nullable: false),
                    evidence = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    evaluated_at = table.Column<DateTime>(type: "datetime2", nullable: false),
                    is_sample = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_gate_verdicts", x => x.id);
                    table.ForeignKey(
                        name: "fk_gate_verdicts_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "objections",
                columns: table => new
                {
                    id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    publicity_notice_id = table.Column<int>(type: "int", nullable: false),
                    application_id = table.Column<int>(type: "int", nullable: false),
                    reasons = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    evidence = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    objector_contact = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    filed_at = table.Column<DateTime>(type: "datetime2", nullable: false),
                    resolution = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    resolution_note = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    resolved_at = table.Column<DateTime>(type: "datetime2", nullable: true),
                    is_sample = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_objections", x => x.id);
                    table.ForeignKey(
                        name: "fk_objections_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_objections_publicity_notices_publicity_notice_id",
                        column: x => x.publicity_notice_id,
                        principalTable: "publicity_notices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "publicity_candidates",
                columns: table => new
                {
                    id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    publicity_notice_id = table.Column<int>(type: "int", nullable: false),
                    application_id = table.Column<int>(type: "int", nullable: false),
                    community_id = table.Column<int>(type: "int", nullable: false),
                    is_sample = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_publicity_candidates", x => x.id);
                    table.ForeignKey(
                        name: "fk_publicity_candidates_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_publicity_candidates_communities_community_id",
                        column: x => x.community_id,
                        principalTable: "communities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_publicity_candidates_publicity_notices_publicity_notice_id",
                        column: x => x.publicity_notice_id,
                        principalTable: "publicity_notices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "evaluation_steps",
                columns: table => new
                {
                    id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    evaluation_id = table.Column<int>(type: "int", nullable: false),
                    step = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    at = table.Column<DateTime>(type: "datetime2", nullable: false),
                    notes = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    questionnaire_respondents = table.Column<int>(type: "int", nullable: true),
                    questionnaire_satisfied = table.Column<int>(type: "int", nullable: true),
                    questionnaire_aware_of_programme = table.Column<int>(type: "int", nullable: true),
                    is_sample = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evaluation_steps", x => x.id);
                    table.ForeignKey(
                        name: "fk_evaluation_steps_evaluations_evaluation_id",
                        column: x => x.evaluation_id,
                        principalTable: "evaluations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "indicator_scores",
                columns: table => new
                {
                    id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    evaluation_id = table.Column<int>(type: "int", nullable: false),
                    panel_member_id = table.Column<int>(type: "int", nullable: false),
                    indicator_id = table.Column<int>(type: "int", nullable: false),
                    points = table.Column<decimal>(type: "decimal(6,2)", precision: 6, scale: 2, nullable: false),
                    is_sample = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicator_scores", x => x.id);
                    table.ForeignKey(
                        name: "fk_indicator_scores_evaluations_evaluation_id",
                        column: x => x.evaluation_id,
                        principalTable: "evaluations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_indicator_scores_indicators_indicator_id",
                        column: x => x.indicator_id,
                        principalTable: "indicators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_indicator_scores_panel_members_panel_member_id",
                        column: x => x.panel_member_id,
                        principalTable: "panel_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_application_events_application_id",
                table: "application_events",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_applications_campaign_id_community_id",
                table: "applications",
                columns: new[] { "campaign_id", "community_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_applications_community_id",
                table: "applications",
                column: "community_id");

            migrationBuilder.CreateIndex(
                name: "ix_awards_campaign_id",
                table: "awards",
                column: "campaign_id");

            migrationBuilder.CreateIndex(
                name: "ix_awards_community_id_campaign_id",
                table: "awards",
                columns: new[] { "community_id", "campaign_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_awards_district_at_award_id",
                table: "awards",
                column: "district_at_award_id");

            migrationBuilder.CreateIndex(
                name: "ix_awards_panel_id",
                table: "awards",
                column: "panel_id");

            migrationBuilder.CreateIndex(
                name: "ix_awards_scheme_id",
                table: "awards",
                column: "scheme_id");

            migrationBuilder.CreateIndex(
                name: "ix_awards_year_level",
                table: "awards",
                columns: new[] { "year", "level" });

            migrationBuilder.CreateIndex(
                name: "ix_campaigns_scheme_id",
                table: "campaigns",
                column: "scheme_id");

            migrationBuilder.CreateIndex(
                name: "ix_campaigns_year_level",
                table: "campaigns",
                columns: new[] { "year", "level" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_collective_review_decisions_application_id",
                table: "collective_review_decisions",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_collective_review_decisions_collective_review_id_application_id",
                table: "collective_review_decisions",
                columns: new[] { "collective_review_id", "application_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_collective_reviews_campaign_id",
                table: "collective_reviews",
                column: "campaign_id");

            migrationBuilder.CreateIndex(
                name: "ix_communities_code",
                table: "communities",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_communities_street_id",
                table: "communities",
                column: "street_id");

            migrationBuilder.CreateIndex(
                name: "ix_criteria_schemes_code_version",
                table: "criteria_schemes",
                columns: new[] { "code", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_criteria_sections_scheme_id_code",
                table: "criteria_sections",
                columns: new[] { "scheme_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_districts_code",
                table: "districts",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_districts_succeeded_by_id",
                table: "districts",
                column: "succeeded_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_evaluation_steps_evaluation_id",
                table: "evaluation_steps",
                column: "evaluation_id");

            migrationBuilder.CreateIndex(
                name: "ix_evaluations_application_id",
                table: "evaluations",
                column: "application_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_evaluations_panel_id",
                table: "evaluations",
                column: "panel_id");

            migrationBuilder.CreateIndex(
                name: "ix_evidence_application_id",
                table: "evidence",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_funding_records_district_id",
                table: "funding_records",
                column: "district_id");

            migrationBuilder.CreateIndex(
                name: "ix_funding_records_year",
                table: "funding_records",
                column: "year");

            migrationBuilder.CreateIndex(
                name: "ix_gate_verdicts_application_id",
                table: "gate_verdicts",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_gates_scheme_id_kind",
                table: "gates",
                columns: new[] { "scheme_id", "kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_indicator_definitions_code",
                table: "indicator_definitions",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_indicator_scores_evaluation_id_panel_member_id_indicator_id",
                table: "indicator_scores",
                columns: new[] { "evaluation_id", "panel_member_id", "indicator_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_indicator_scores_indicator_id",
                table: "indicator_scores",
                column: "indicator_id");

            migrationBuilder.CreateIndex(
                name: "ix_indicator_scores_panel_member_id",
                table: "indicator_scores",
                column: "panel_member_id");

            migrationBuilder.CreateIndex(
                name: "ix_indicators_section_id_code",
                table: "indicators",
                columns: new[] { "section_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_objections_application_id",
                table: "objections",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_objections_publicity_notice_id",
                table: "objections",
                column: "publicity_notice_id");

            migrationBuilder.CreateIndex(
                name: "ix_observations_community_id_indicator_id_year",
                table: "observations",
                columns: new[] { "community_id", "indicator_id", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_observations_indicator_id_year",
                table: "observations",
                columns: new[] { "indicator_id", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_observations_superseded_by_id",
                table: "observations",
                column: "superseded_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_panel_members_panel_id_subject",
                table: "panel_members",
                columns: new[] { "panel_id", "subject" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_panels_campaign_id",
                table: "panels",
                column: "campaign_id");

            migrationBuilder.CreateIndex(
                name: "ix_publicity_activities_district_id",
                table: "publicity_activities",
                column: "district_id");

            migrationBuilder.CreateIndex(
                name: "ix_publicity_activities_year",
                table: "publicity_activities",
                column: "year");

            migrationBuilder.CreateIndex(
                name: "ix_publicity_candidates_application_id",
                table: "publicity_candidates",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_publicity_candidates_community_id",
                table: "publicity_candidates",
                column: "community_id");

            migrationBuilder.CreateIndex(
                name: "ix_publicity_candidates_publicity_notice_id_application_id",
                table: "publicity_candidates",
                columns: new[] { "publicity_notice_id", "application_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_publicity_notices_campaign_id",
                table: "publicity_notices",
                column: "campaign_id");

            migrationBuilder.CreateIndex(
                name: "ix_scheme_pass_marks_scheme_id",
                table: "scheme_pass_marks",
                column: "scheme_id");

            migrationBuilder.CreateIndex(
                name: "ix_streets_code",
                table: "streets",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_streets_district_id",
                table: "streets",
                column: "district_id");

            migrationBuilder.CreateIndex(
                name: "ix_training_records_year",
                table: "training_records",
                column: "year");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "application_events");

            migrationBuilder.DropTable(
                name: "awards");

            migrationBuilder.DropTable(
                name: "collective_review_decisions");

            migrationBuilder.DropTable(
                name: "evaluation_steps");

            migrationBuilder.DropTable(
                name: "evidence");

            migrationBuilder.DropTable(
                name: "funding_records");

            migrationBuilder.DropTable(
                name: "gate_verdicts");

            migrationBuilder.DropTable(
                name: "gates");

            migrationBuilder.DropTable(
                name: "indicator_scores");

            migrationBuilder.DropTable(
                name: "objections");

            migrationBuilder.DropTable(
                name: "observations");

            migrationBuilder.DropTable(
                name: "publicity_activities");

            migrationBuilder.DropTable(
                name: "publicity_candidates");

            migrationBuilder.DropTable(
                name: "scheme_pass_marks");

            migrationBuilder.DropTable(
                name: "training_records");

            migrationBuilder.DropTable(
                name: "collective_reviews");

            migrationBuilder.DropTable(
                name: "evaluations");

            migrationBuilder.DropTable(
                name: "indicators");

            migrationBuilder.DropTable(
                name: "panel_members");

            migrationBuilder.DropTable(
                name: "indicator_definitions");

            migrationBuilder.DropTable(
                name: "publicity_notices");

            migrationBuilder.DropTable(
                name: "applications");

            migrationBuilder.DropTable(
                name: "criteria_sections");

            migrationBuilder.DropTable(
                name: "panels");

            migrationBuilder.DropTable(
                name: "communities");

            migrationBuilder.DropTable(
                name: "campaigns");

            migrationBuilder.DropTable(
                name: "streets");

            migrationBuilder.DropTable(
                name: "criteria_schemes");

            migrationBuilder.DropTable(
                name: "districts");
        }
    }
}
