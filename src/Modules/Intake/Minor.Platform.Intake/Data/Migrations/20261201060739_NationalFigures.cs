using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minor.Platform.Intake.Data.Migrations
{
    /// <inheritdoc />
    public partial class NationalFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "period",
                schema: "intake",
                table: "applications",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "sector_key",
                schema: "intake",
                table: "applications",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            // Applications made before this migration get their period and sector key as the platform computes them.
            migrationBuilder.Sql("""
                UPDATE intake.applications
                SET period = extract(year FROM submitted_at AT TIME ZONE 'Europe/Amsterdam')::integer,
                    sector_key = lower(regexp_replace(btrim(background_sector), '\s+', ' ', 'g'));
                """);

            migrationBuilder.CreateIndex(
                name: "ix_applications_period",
                schema: "intake",
                table: "applications",
                column: "period");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_applications_period",
                schema: "intake",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "period",
                schema: "intake",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "sector_key",
                schema: "intake",
                table: "applications");
        }
    }
}
