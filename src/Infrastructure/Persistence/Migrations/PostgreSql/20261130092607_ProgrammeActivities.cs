using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GreenCommunity.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ProgrammeActivities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "record_id",
                table: "edition_changes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "record_type",
                table: "edition_changes",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "community_practices",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    community_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    evidence = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    count = table.Column<int>(type: "integer", nullable: true),
                    title_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    title_zh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    is_sample = table.Column<bool>(type: "boolean", nullable: false),
                    district_id = table.Column<int>(type: "integer", nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    source_document = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    published_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    published_in_edition = table.Column<int>(type: "integer", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_community_practices", x => x.id);
                    table.ForeignKey(
                        name: "fk_community_practices_communities_community_id",
                        column: x => x.community_id,
                        principalTable: "communities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_community_practices_districts_district_id",
                        column: x => x.district_id,
                        principalTable: "districts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "outreach_items",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    basis = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: true),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    outlet = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    quantity = table.Column<int>(type: "integer", nullable: true),
                    quantity_is_minimum = table.Column<bool>(type: "boolean", nullable: false),
                    print_run = table.Column<int>(type: "integer", nullable: true),
                    organiser_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    campaign_id = table.Column<int>(type: "integer", nullable: true),
                    publicity_notice_id = table.Column<int>(type: "integer", nullable: true),
                    community_id = table.Column<int>(type: "integer", nullable: true),
                    title_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    title_zh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    is_sample = table.Column<bool>(type: "boolean", nullable: false),
                    district_id = table.Column<int>(type: "integer", nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    source_document = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    published_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    published_in_edition = table.Column<int>(type: "integer", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outreach_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_outreach_items_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_outreach_items_communities_community_id",
                        column: x => x.community_id,
                        principalTable: "communities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_outreach_items_districts_district_id",
                        column: x => x.district_id,
                        principalTable: "districts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_outreach_items_publicity_notices_publicity_notice_id",
                        column: x => x.publicity_notice_id,
                        principalTable: "publicity_notices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "programme_events",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    basis = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: true),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    organiser_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    host_community_id = table.Column<int>(type: "integer", nullable: true),
                    audience = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    sessions = table.Column<int>(type: "integer", nullable: false),
                    attendance = table.Column<int>(type: "integer", nullable: true),
                    attendance_is_minimum = table.Column<bool>(type: "boolean", nullable: false),
                    communities_represented = table.Column<int>(type: "integer", nullable: true),
                    campaign_id = table.Column<int>(type: "integer", nullable: true),
                    title_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    title_zh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    is_sample = table.Column<bool>(type: "boolean", nullable: false),
                    district_id = table.Column<int>(type: "integer", nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    source_document = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    published_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    published_in_edition = table.Column<int>(type: "integer", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programme_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_programme_events_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_programme_events_communities_host_community_id",
                        column: x => x.host_community_id,
                        principalTable: "communities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_programme_events_districts_district_id",
                        column: x => x.district_id,
                        principalTable: "districts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "programme_event_visits",
                columns: table => new
                {
                    programme_event_id = table.Column<int>(type: "integer", nullable: false),
                    community_id = table.Column<int>(type: "integer", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programme_event_visits", x => new { x.programme_event_id, x.community_id });
                    table.ForeignKey(
                        name: "fk_programme_event_visits_communities_community_id",
                        column: x => x.community_id,
                        principalTable: "communities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_programme_event_visits_programme_events_programme_event_id",
                        column: x => x.programme_event_id,
                        principalTable: "programme_events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_community_practices_community_id_started_on",
                table: "community_practices",
                columns: new[] { "community_id", "started_on" });

            migrationBuilder.CreateIndex(
                name: "ix_community_practices_district_id",
                table: "community_practices",
                column: "district_id");

            migrationBuilder.CreateIndex(
                name: "ix_community_practices_kind",
                table: "community_practices",
                column: "kind");

            migrationBuilder.CreateIndex(
                name: "ix_community_practices_published_in_edition_district_id",
                table: "community_practices",
                columns: new[] { "published_in_edition", "district_id" });

            migrationBuilder.CreateIndex(
                name: "ix_outreach_items_campaign_id",
                table: "outreach_items",
                column: "campaign_id");

            migrationBuilder.CreateIndex(
                name: "ix_outreach_items_community_id",
                table: "outreach_items",
                column: "community_id");

            migrationBuilder.CreateIndex(
                name: "ix_outreach_items_district_id",
                table: "outreach_items",
                column: "district_id");

            migrationBuilder.CreateIndex(
                name: "ix_outreach_items_publicity_notice_id",
                table: "outreach_items",
                column: "publicity_notice_id");

            migrationBuilder.CreateIndex(
                name: "ix_outreach_items_published_in_edition_district_id",
                table: "outreach_items",
                columns: new[] { "published_in_edition", "district_id" });

            migrationBuilder.CreateIndex(
                name: "ix_outreach_items_year_kind",
                table: "outreach_items",
                columns: new[] { "year", "kind" });

            migrationBuilder.CreateIndex(
                name: "ix_programme_event_visits_community_id",
                table: "programme_event_visits",
                column: "community_id");

            migrationBuilder.CreateIndex(
                name: "ix_programme_events_campaign_id",
                table: "programme_events",
                column: "campaign_id");

            migrationBuilder.CreateIndex(
                name: "ix_programme_events_district_id",
                table: "programme_events",
                column: "district_id");

            migrationBuilder.CreateIndex(
                name: "ix_programme_events_host_community_id",
                table: "programme_events",
                column: "host_community_id");

            migrationBuilder.CreateIndex(
                name: "ix_programme_events_published_in_edition_district_id",
                table: "programme_events",
                columns: new[] { "published_in_edition", "district_id" });

            migrationBuilder.CreateIndex(
                name: "ix_programme_events_year_kind",
                table: "programme_events",
                columns: new[] { "year", "kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "community_practices");

            migrationBuilder.DropTable(
                name: "outreach_items");

            migrationBuilder.DropTable(
                name: "programme_event_visits");

            migrationBuilder.DropTable(
                name: "programme_events");

            migrationBuilder.DropColumn(
                name: "record_id",
                table: "edition_changes");

            migrationBuilder.DropColumn(
                name: "record_type",
                table: "edition_changes");
        }
    }
}
