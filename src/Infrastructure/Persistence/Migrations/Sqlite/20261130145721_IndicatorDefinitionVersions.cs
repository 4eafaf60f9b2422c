using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GreenCommunity.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IndicatorDefinitionVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "indicator_version",
                table: "observations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "indicator_definitions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.CreateTable(
                name: "indicator_definition_versions",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    indicator_id = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    methodology = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    change_note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    revised_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    is_sample = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicator_definition_versions", x => x.id);
                    table.UniqueConstraint("ak_indicator_definition_versions_indicator_id_version", x => new { x.indicator_id, x.version });
                    table.ForeignKey(
                        name: "fk_indicator_definition_versions_indicator_definitions_indicator_id",
                        column: x => x.indicator_id,
                        principalTable: "indicator_definitions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            // Every indicator defined so far is at version 1, and every value was measured under it.
            migrationBuilder.Sql(
                "INSERT INTO indicator_definition_versions (indicator_id, version, unit, description, methodology, source, change_note, revised_at, is_sample) "
                + "SELECT id, 1, unit, description, methodology, source, '', NULL, is_sample FROM indicator_definitions;");

            migrationBuilder.CreateIndex(
                name: "ix_observations_indicator_id_indicator_version",
                table: "observations",
                columns: new[] { "indicator_id", "indicator_version" });

            migrationBuilder.AddForeignKey(
                name: "fk_observations_indicator_definition_versions_indicator_id_indicator_version",
                table: "observations",
                columns: new[] { "indicator_id", "indicator_version" },
                principalTable: "indicator_definition_versions",
                principalColumns: new[] { "indicator_id", "version" },
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_observations_indicator_definition_versions_indicator_id_indicator_version",
                table: "observations");

            migrationBuilder.DropTable(
                name: "indicator_definition_versions");

            migrationBuilder.DropIndex(
                name: "ix_observations_indicator_id_indicator_version",
                table: "observations");

            migrationBuilder.DropColumn(
                name: "indicator_version",
                table: "observations");

            migrationBuilder.DropColumn(
                name: "version",
                table: "indicator_definitions");
        }
    }
}
