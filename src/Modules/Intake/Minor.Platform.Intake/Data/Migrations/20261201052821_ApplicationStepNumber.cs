using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minor.Platform.Intake.Data.Migrations
{
    /// <inheritdoc />
    public partial class ApplicationStepNumber : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_application_steps_application_id",
                schema: "intake",
                table: "application_steps");

            migrationBuilder.AddColumn<int>(
                name: "number",
                schema: "intake",
                table: "application_steps",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Steps recorded before they were numbered take their number from their moment.
            migrationBuilder.Sql("""
                UPDATE intake.application_steps AS s SET number = n.number
                FROM (SELECT id, row_number() OVER (PARTITION BY application_id ORDER BY at, id) AS number FROM intake.application_steps) AS n
                WHERE s.id = n.id;
                """);

            migrationBuilder.CreateIndex(
                name: "ix_application_steps_application_id_number",
                schema: "intake",
                table: "application_steps",
                columns: new[] { "application_id", "number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_application_steps_application_id_number",
                schema: "intake",
                table: "application_steps");

            migrationBuilder.DropColumn(
                name: "number",
                schema: "intake",
                table: "application_steps");

            migrationBuilder.CreateIndex(
                name: "ix_application_steps_application_id",
                schema: "intake",
                table: "application_steps",
                column: "application_id");
        }
    }
}
