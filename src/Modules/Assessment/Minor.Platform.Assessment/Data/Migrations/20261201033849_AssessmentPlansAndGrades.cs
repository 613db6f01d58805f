using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minor.Platform.Assessment.Data.Migrations
{
    /// <inheritdoc />
    public partial class AssessmentPlansAndGrades : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "result_id",
                schema: "assessment",
                table: "grade_audit",
                newName: "student_id");

            migrationBuilder.RenameIndex(
                name: "ix_grade_audit_result_id",
                schema: "assessment",
                table: "grade_audit",
                newName: "ix_grade_audit_student_id");

            migrationBuilder.AlterColumn<decimal>(
                name: "grade",
                schema: "assessment",
                table: "module_results",
                type: "numeric(3,1)",
                precision: 3,
                scale: 1,
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(3,1)",
                oldPrecision: 3,
                oldScale: 1);

            migrationBuilder.AddColumn<string>(
                name: "code",
                schema: "assessment",
                table: "module_results",
                type: "character varying(4)",
                maxLength: 4,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "outcome",
                schema: "assessment",
                table: "module_results",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AlterColumn<string>(
                name: "reason",
                schema: "assessment",
                table: "grade_audit",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(1000)",
                oldMaxLength: 1000);

            migrationBuilder.AlterColumn<decimal>(
                name: "new_grade",
                schema: "assessment",
                table: "grade_audit",
                type: "numeric(3,1)",
                precision: 3,
                scale: 1,
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(3,1)",
                oldPrecision: 3,
                oldScale: 1);

            migrationBuilder.AddColumn<Guid>(
                name: "assessment_id",
                schema: "assessment",
                table: "grade_audit",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "kind",
                schema: "assessment",
                table: "grade_audit",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "new_passed",
                schema: "assessment",
                table: "grade_audit",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "old_passed",
                schema: "assessment",
                table: "grade_audit",
                type: "boolean",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "assessments",
                schema: "assessment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cohort_id = table.Column<Guid>(type: "uuid", nullable: false),
                    course_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    weight = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: false),
                    learning_outcome_codes = table.Column<List<string>>(type: "text[]", nullable: false),
                    scale = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    minimum_grade = table.Column<decimal>(type: "numeric(3,1)", precision: 3, scale: 1, nullable: true),
                    examiners_required = table.Column<int>(type: "integer", nullable: false),
                    calibration_margin = table.Column<decimal>(type: "numeric(3,1)", precision: 3, scale: 1, nullable: false),
                    final_rule = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    resit_deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    modified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    modified_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "exam_regulations",
                schema: "assessment",
                columns: table => new
                {
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    module_result_rounding = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_exam_regulations", x => x.institution_id);
                });

            migrationBuilder.CreateTable(
                name: "examiner_grades",
                schema: "assessment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assessment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    examiner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    grade = table.Column<decimal>(type: "numeric(3,1)", precision: 3, scale: 1, nullable: true),
                    passed = table.Column<bool>(type: "boolean", nullable: true),
                    feedback = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    graded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    modified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    modified_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_examiner_grades", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "plans",
                schema: "assessment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cohort_id = table.Column<Guid>(type: "uuid", nullable: false),
                    course_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    modified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    modified_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plans", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "student_grades",
                schema: "assessment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assessment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cohort_id = table.Column<Guid>(type: "uuid", nullable: false),
                    course_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    state = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    grade = table.Column<decimal>(type: "numeric(3,1)", precision: 3, scale: 1, nullable: true),
                    passed = table.Column<bool>(type: "boolean", nullable: true),
                    calibrated = table.Column<bool>(type: "boolean", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    published_by = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    modified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    modified_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_student_grades", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_grade_audit_assessment_id",
                schema: "assessment",
                table: "grade_audit",
                column: "assessment_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_cohort_id_course_code",
                schema: "assessment",
                table: "assessments",
                columns: new[] { "cohort_id", "course_code" });

            migrationBuilder.CreateIndex(
                name: "ix_assessments_plan_id",
                schema: "assessment",
                table: "assessments",
                column: "plan_id");

            migrationBuilder.CreateIndex(
                name: "ix_examiner_grades_assessment_id_student_id_examiner_id",
                schema: "assessment",
                table: "examiner_grades",
                columns: new[] { "assessment_id", "student_id", "examiner_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_examiner_grades_examiner_id",
                schema: "assessment",
                table: "examiner_grades",
                column: "examiner_id");

            migrationBuilder.CreateIndex(
                name: "ix_plans_cohort_id_course_code",
                schema: "assessment",
                table: "plans",
                columns: new[] { "cohort_id", "course_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_student_grades_assessment_id_student_id",
                schema: "assessment",
                table: "student_grades",
                columns: new[] { "assessment_id", "student_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_student_grades_cohort_id_course_code_student_id",
                schema: "assessment",
                table: "student_grades",
                columns: new[] { "cohort_id", "course_code", "student_id" });

            migrationBuilder.CreateIndex(
                name: "ix_student_grades_student_id",
                schema: "assessment",
                table: "student_grades",
                column: "student_id");

            // Results recorded before grades existed keep their grade and get the outcome and code the rules give;
            // their log lines pointed at the result and now name its student.
            migrationBuilder.Sql("""
                UPDATE assessment.module_results
                SET outcome = CASE WHEN grade >= 5.5 THEN 'Passed' ELSE 'Failed' END,
                    code = CASE WHEN grade >= 5.5 THEN NULL ELSE 'NV' END;
                UPDATE assessment.grade_audit AS a
                SET student_id = r.student_id, kind = 'Published'
                FROM assessment.module_results AS r
                WHERE a.student_id = r.id;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assessments",
                schema: "assessment");

            migrationBuilder.DropTable(
                name: "exam_regulations",
                schema: "assessment");

            migrationBuilder.DropTable(
                name: "examiner_grades",
                schema: "assessment");

            migrationBuilder.DropTable(
                name: "plans",
                schema: "assessment");

            migrationBuilder.DropTable(
                name: "student_grades",
                schema: "assessment");

            migrationBuilder.DropIndex(
                name: "ix_grade_audit_assessment_id",
                schema: "assessment",
                table: "grade_audit");

            migrationBuilder.DropColumn(
                name: "code",
                schema: "assessment",
                table: "module_results");

            migrationBuilder.DropColumn(
                name: "outcome",
                schema: "assessment",
                table: "module_results");

            migrationBuilder.DropColumn(
                name: "assessment_id",
                schema: "assessment",
                table: "grade_audit");

            migrationBuilder.DropColumn(
                name: "kind",
                schema: "assessment",
                table: "grade_audit");

            migrationBuilder.DropColumn(
                name: "new_passed",
                schema: "assessment",
                table: "grade_audit");

            migrationBuilder.DropColumn(
                name: "old_passed",
                schema: "assessment",
                table: "grade_audit");

            migrationBuilder.RenameColumn(
                name: "student_id",
                schema: "assessment",
                table: "grade_audit",
                newName: "result_id");

            migrationBuilder.RenameIndex(
                name: "ix_grade_audit_student_id",
                schema: "assessment",
                table: "grade_audit",
                newName: "ix_grade_audit_result_id");

            migrationBuilder.AlterColumn<decimal>(
                name: "grade",
                schema: "assessment",
                table: "module_results",
                type: "numeric(3,1)",
                precision: 3,
                scale: 1,
                nullable: false,
                defaultValue: 0m,
                oldClrType: typeof(decimal),
                oldType: "numeric(3,1)",
                oldPrecision: 3,
                oldScale: 1,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "reason",
                schema: "assessment",
                table: "grade_audit",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "new_grade",
                schema: "assessment",
                table: "grade_audit",
                type: "numeric(3,1)",
                precision: 3,
                scale: 1,
                nullable: false,
                defaultValue: 0m,
                oldClrType: typeof(decimal),
                oldType: "numeric(3,1)",
                oldPrecision: 3,
                oldScale: 1,
                oldNullable: true);
        }
    }
}
