using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minor.Platform.Assessment.Data.Migrations
{
    /// <inheritdoc />
    public partial class Rubrics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "proposed_grade",
                schema: "assessment",
                table: "examiner_grades",
                type: "numeric(3,1)",
                precision: 3,
                scale: 1,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "rubric_scores",
                schema: "assessment",
                table: "examiner_grades",
                type: "jsonb",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "rubric_criteria",
                schema: "assessment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assessment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    learning_outcome_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    levels = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rubric_criteria", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_rubric_criteria_assessment_id",
                schema: "assessment",
                table: "rubric_criteria",
                column: "assessment_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rubric_criteria",
                schema: "assessment");

            migrationBuilder.DropColumn(
                name: "proposed_grade",
                schema: "assessment",
                table: "examiner_grades");

            migrationBuilder.DropColumn(
                name: "rubric_scores",
                schema: "assessment",
                table: "examiner_grades");
        }
    }
}
