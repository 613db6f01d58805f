using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minor.Platform.Tracks.Data.Migrations
{
    /// <inheritdoc />
    public partial class CohortPeriodAndCapacity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "archived_at",
                schema: "tracks",
                table: "cohorts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "capacity",
                schema: "tracks",
                table: "cohorts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ends_on",
                schema: "tracks",
                table: "cohorts",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<bool>(
                name: "enrolment_open",
                schema: "tracks",
                table: "cohorts",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            // Cohorts made before they had an end: one semester (five months) after their start.
            migrationBuilder.Sql("UPDATE tracks.cohorts SET ends_on = starts_on + INTERVAL '5 months' - INTERVAL '1 day'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "archived_at",
                schema: "tracks",
                table: "cohorts");

            migrationBuilder.DropColumn(
                name: "capacity",
                schema: "tracks",
                table: "cohorts");

            migrationBuilder.DropColumn(
                name: "ends_on",
                schema: "tracks",
                table: "cohorts");

            migrationBuilder.DropColumn(
                name: "enrolment_open",
                schema: "tracks",
                table: "cohorts");
        }
    }
}
