using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GreenCommunity.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CriteriaVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<DateOnly>(
                name: "published_on",
                table: "criteria_schemes",
                type: "date",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "date");

            migrationBuilder.AddColumn<int>(
                name: "based_on_version",
                table: "criteria_schemes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "revision",
                table: "criteria_schemes",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "based_on_version",
                table: "criteria_schemes");

            migrationBuilder.DropColumn(
                name: "revision",
                table: "criteria_schemes");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "published_on",
                table: "criteria_schemes",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1),
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true);
        }
    }
}
