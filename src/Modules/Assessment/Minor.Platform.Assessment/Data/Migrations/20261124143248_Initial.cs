using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minor.Platform.Assessment.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "assessment");

            migrationBuilder.CreateTable(
                name: "grade_audit",
                schema: "assessment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    result_id = table.Column<Guid>(type: "uuid", nullable: false),
                    old_grade = table.Column<decimal>(type: "numeric(3,1)", precision: 3, scale: 1, nullable: true),
                    new_grade = table.Column<decimal>(type: "numeric(3,1)", precision: 3, scale: 1, nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    changed_by = table.Column<Guid>(type: "uuid", nullable: true),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grade_audit", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "module_results",
                schema: "assessment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cohort_id = table.Column<Guid>(type: "uuid", nullable: false),
                    course_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    grade = table.Column<decimal>(type: "numeric(3,1)", precision: 3, scale: 1, nullable: false),
                    examiner_id = table.Column<Guid>(type: "uuid", nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    modified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    modified_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_module_results", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_grade_audit_result_id",
                schema: "assessment",
                table: "grade_audit",
                column: "result_id");

            migrationBuilder.CreateIndex(
                name: "ix_module_results_cohort_id_course_code_student_id",
                schema: "assessment",
                table: "module_results",
                columns: new[] { "cohort_id", "course_code", "student_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_module_results_student_id",
                schema: "assessment",
                table: "module_results",
                column: "student_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "grade_audit",
                schema: "assessment");

            migrationBuilder.DropTable(
                name: "module_results",
                schema: "assessment");
        }
    }
}
