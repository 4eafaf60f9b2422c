using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GreenCommunity.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddEditions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "published_in_edition",
                table: "observations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "superseded_in_edition",
                table: "observations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "published_in_edition",
                table: "awards",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "revoked_in_edition",
                table: "awards",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "editions",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    published_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    content_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    award_count = table.Column<int>(type: "INTEGER", nullable: false),
                    observation_count = table.Column<int>(type: "INTEGER", nullable: false),
                    is_sample = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_editions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "edition_changes",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    edition_id = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    award_id = table.Column<int>(type: "INTEGER", nullable: true),
                    observation_id = table.Column<int>(type: "INTEGER", nullable: true),
                    replaced_observation_id = table.Column<int>(type: "INTEGER", nullable: true),
                    is_sample = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_edition_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_edition_changes_awards_award_id",
                        column: x => x.award_id,
                        principalTable: "awards",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_edition_changes_editions_edition_id",
                        column: x => x.edition_id,
                        principalTable: "editions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_edition_changes_observations_observation_id",
                        column: x => x.observation_id,
                        principalTable: "observations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_edition_changes_observations_replaced_observation_id",
                        column: x => x.replaced_observation_id,
                        principalTable: "observations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_observations_published_in_edition_superseded_in_edition",
                table: "observations",
                columns: new[] { "published_in_edition", "superseded_in_edition" });

            migrationBuilder.CreateIndex(
                name: "ix_awards_published_in_edition",
                table: "awards",
                column: "published_in_edition");

            migrationBuilder.CreateIndex(
                name: "ix_edition_changes_award_id",
                table: "edition_changes",
                column: "award_id");

            migrationBuilder.CreateIndex(
                name: "ix_edition_changes_edition_id_id",
                table: "edition_changes",
                columns: new[] { "edition_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_edition_changes_observation_id",
                table: "edition_changes",
                column: "observation_id");

            migrationBuilder.CreateIndex(
                name: "ix_edition_changes_replaced_observation_id",
                table: "edition_changes",
                column: "replaced_observation_id");

            migrationBuilder.CreateIndex(
                name: "ix_editions_number",
                table: "editions",
                column: "number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "edition_changes");

            migrationBuilder.DropTable(
                name: "editions");

            migrationBuilder.DropIndex(
                name: "ix_observations_published_in_edition_superseded_in_edition",
                table: "observations");

            migrationBuilder.DropIndex(
                name: "ix_awards_published_in_edition",
                table: "awards");

            migrationBuilder.DropColumn(
                name: "published_in_edition",
                table: "observations");

            migrationBuilder.DropColumn(
                name: "superseded_in_edition",
                table: "observations");

            migrationBuilder.DropColumn(
                name: "published_in_edition",
                table: "awards");

            migrationBuilder.DropColumn(
                name: "revoked_in_edition",
                table: "awards");
        }
    }
}
