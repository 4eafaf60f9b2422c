using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace GreenCommunity.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ProgrammeFunding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "funding_category",
                table: "communities",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "responsible_organisation_id",
                table: "campaigns",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "responsible_organisation_id",
                table: "awards",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "funding_rules",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    purpose = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    support = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    maximum_yuan_per_year = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    is_sample = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_funding_rules", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "organisations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    district_id = table.Column<int>(type: "integer", nullable: true),
                    street_id = table.Column<int>(type: "integer", nullable: true),
                    published_in_edition = table.Column<int>(type: "integer", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_zh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    is_sample = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisations", x => x.id);
                    table.ForeignKey(
                        name: "fk_organisations_districts_district_id",
                        column: x => x.district_id,
                        principalTable: "districts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_organisations_streets_street_id",
                        column: x => x.street_id,
                        principalTable: "streets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "annual_plans",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    year = table.Column<int>(type: "integer", nullable: false),
                    district_id = table.Column<int>(type: "integer", nullable: true),
                    organisation_id = table.Column<int>(type: "integer", nullable: true),
                    district_title_target = table.Column<int>(type: "integer", nullable: false),
                    city_title_target = table.Column<int>(type: "integer", nullable: false),
                    published_in_edition = table.Column<int>(type: "integer", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    is_sample = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_annual_plans", x => x.id);
                    table.ForeignKey(
                        name: "fk_annual_plans_districts_district_id",
                        column: x => x.district_id,
                        principalTable: "districts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_annual_plans_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "funding_allocations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    year = table.Column<int>(type: "integer", nullable: false),
                    payer_level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    payer_organisation_id = table.Column<int>(type: "integer", nullable: true),
                    payer_district_id = table.Column<int>(type: "integer", nullable: true),
                    payer_street_id = table.Column<int>(type: "integer", nullable: true),
                    recipient_district_id = table.Column<int>(type: "integer", nullable: false),
                    recipient_street_id = table.Column<int>(type: "integer", nullable: true),
                    recipient_community_id = table.Column<int>(type: "integer", nullable: true),
                    purpose = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    amount_yuan = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    published_in_edition = table.Column<int>(type: "integer", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    is_sample = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_funding_allocations", x => x.id);
                    table.ForeignKey(
                        name: "fk_funding_allocations_communities_recipient_community_id",
                        column: x => x.recipient_community_id,
                        principalTable: "communities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_funding_allocations_districts_payer_district_id",
                        column: x => x.payer_district_id,
                        principalTable: "districts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_funding_allocations_districts_recipient_district_id",
                        column: x => x.recipient_district_id,
                        principalTable: "districts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_funding_allocations_organisations_payer_organisation_id",
                        column: x => x.payer_organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_funding_allocations_streets_payer_street_id",
                        column: x => x.payer_street_id,
                        principalTable: "streets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_funding_allocations_streets_recipient_street_id",
                        column: x => x.recipient_street_id,
                        principalTable: "streets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plan_task_community",
                columns: table => new
                {
                    annual_plan_id = table.Column<int>(type: "integer", nullable: false),
                    community_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_task_community", x => new { x.annual_plan_id, x.community_id });
                    table.ForeignKey(
                        name: "fk_plan_task_community_annual_plans_annual_plan_id",
                        column: x => x.annual_plan_id,
                        principalTable: "annual_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_plan_task_community_communities_community_id",
                        column: x => x.community_id,
                        principalTable: "communities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "funding_rules",
                columns: new[] { "id", "category", "is_sample", "maximum_yuan_per_year", "purpose", "support" },
                values: new object[,]
                {
                    { 1, "PoorlyEquipped", false, null, "Facilities", "KeySupport" },
                    { 2, "PoorlyEquipped", false, null, "EnvironmentalCulture", "KeySupport" },
                    { 3, "PoorlyEquipped", false, null, "Training", "KeySupport" },
                    { 4, "PoorlyEquipped", false, null, "EducationOnly", "KeySupport" },
                    { 5, "WellEquippedNonCommercial", true, 50000m, "Facilities", "PartialSupport" },
                    { 6, "WellEquippedNonCommercial", true, 50000m, "EnvironmentalCulture", "PartialSupport" },
                    { 7, "WellEquippedNonCommercial", true, 50000m, "Training", "PartialSupport" },
                    { 8, "WellEquippedNonCommercial", true, 50000m, "EducationOnly", "PartialSupport" },
                    { 9, "CommercialFullyManaged", false, null, "Training", "SoftSupportOnly" },
                    { 10, "CommercialFullyManaged", false, null, "EducationOnly", "SoftSupportOnly" }
                });

            migrationBuilder.CreateIndex(
                name: "ix_campaigns_responsible_organisation_id",
                table: "campaigns",
                column: "responsible_organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_awards_responsible_organisation_id",
                table: "awards",
                column: "responsible_organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_annual_plans_district_id",
                table: "annual_plans",
                column: "district_id");

            migrationBuilder.CreateIndex(
                name: "ix_annual_plans_organisation_id",
                table: "annual_plans",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_annual_plans_published_in_edition",
                table: "annual_plans",
                column: "published_in_edition");

            migrationBuilder.CreateIndex(
                name: "ix_annual_plans_year_district_id",
                table: "annual_plans",
                columns: new[] { "year", "district_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_funding_allocations_payer_district_id",
                table: "funding_allocations",
                column: "payer_district_id");

            migrationBuilder.CreateIndex(
                name: "ix_funding_allocations_payer_organisation_id",
                table: "funding_allocations",
                column: "payer_organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_funding_allocations_payer_street_id",
                table: "funding_allocations",
                column: "payer_street_id");

            migrationBuilder.CreateIndex(
                name: "ix_funding_allocations_published_in_edition",
                table: "funding_allocations",
                column: "published_in_edition");

            migrationBuilder.CreateIndex(
                name: "ix_funding_allocations_recipient_community_id_year",
                table: "funding_allocations",
                columns: new[] { "recipient_community_id", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_funding_allocations_recipient_district_id",
                table: "funding_allocations",
                column: "recipient_district_id");

            migrationBuilder.CreateIndex(
                name: "ix_funding_allocations_recipient_street_id",
                table: "funding_allocations",
                column: "recipient_street_id");

            migrationBuilder.CreateIndex(
                name: "ix_funding_allocations_year_recipient_community_id",
                table: "funding_allocations",
                columns: new[] { "year", "recipient_community_id" });

            migrationBuilder.CreateIndex(
                name: "ix_funding_rules_category_purpose",
                table: "funding_rules",
                columns: new[] { "category", "purpose" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_organisations_code",
                table: "organisations",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_organisations_district_id",
                table: "organisations",
                column: "district_id");

            migrationBuilder.CreateIndex(
                name: "ix_organisations_published_in_edition",
                table: "organisations",
                column: "published_in_edition");

            migrationBuilder.CreateIndex(
                name: "ix_organisations_street_id",
                table: "organisations",
                column: "street_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_task_community_community_id",
                table: "plan_task_community",
                column: "community_id");

            migrationBuilder.AddForeignKey(
                name: "fk_awards_organisations_responsible_organisation_id",
                table: "awards",
                column: "responsible_organisation_id",
                principalTable: "organisations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_campaigns_organisations_responsible_organisation_id",
                table: "campaigns",
                column: "responsible_organisation_id",
                principalTable: "organisations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_awards_organisations_responsible_organisation_id",
                table: "awards");

            migrationBuilder.DropForeignKey(
                name: "fk_campaigns_organisations_responsible_organisation_id",
                table: "campaigns");

            migrationBuilder.DropTable(
                name: "funding_allocations");

            migrationBuilder.DropTable(
                name: "funding_rules");

            migrationBuilder.DropTable(
                name: "plan_task_community");

            migrationBuilder.DropTable(
                name: "annual_plans");

            migrationBuilder.DropTable(
                name: "organisations");

            migrationBuilder.DropIndex(
                name: "ix_campaigns_responsible_organisation_id",
                table: "campaigns");

            migrationBuilder.DropIndex(
                name: "ix_awards_responsible_organisation_id",
                table: "awards");

            migrationBuilder.DropColumn(
                name: "funding_category",
                table: "communities");

            migrationBuilder.DropColumn(
                name: "responsible_organisation_id",
                table: "campaigns");

            migrationBuilder.DropColumn(
                name: "responsible_organisation_id",
                table: "awards");
        }
    }
}
