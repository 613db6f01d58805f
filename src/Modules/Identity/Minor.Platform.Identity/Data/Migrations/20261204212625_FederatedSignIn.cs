using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minor.Platform.Identity.Data.Migrations
{
    /// <inheritdoc />
    public partial class FederatedSignIn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hogescholen that exist already keep signing in as before: active, passwords allowed.
            migrationBuilder.AddColumn<bool>(
                name: "allows_password_sign_in",
                schema: "identity",
                table: "institutions",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<bool>(
                name: "is_active",
                schema: "identity",
                table: "institutions",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<string>(
                name: "required_assurance",
                schema: "identity",
                table: "institutions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "schac_home_organization",
                schema: "identity",
                table: "institutions",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deactivated_at",
                schema: "identity",
                table: "AspNetUsers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "administration_log",
                schema: "identity",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    actor_name = table.Column<string>(type: "character varying(220)", maxLength: 220, nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: true),
                    action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    subject = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    details = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_administration_log", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "federated_link_requests",
                schema: "identity",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    scheme = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    issuer = table.Column<string>(type: "text", nullable: false),
                    subject = table.Column<string>(type: "text", nullable: false),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    code_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_federated_link_requests", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_institutions_schac_home_organization",
                schema: "identity",
                table: "institutions",
                column: "schac_home_organization",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_administration_log_at",
                schema: "identity",
                table: "administration_log",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_administration_log_institution_id_at",
                schema: "identity",
                table: "administration_log",
                columns: new[] { "institution_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_federated_link_requests_expires_at",
                schema: "identity",
                table: "federated_link_requests",
                column: "expires_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "administration_log",
                schema: "identity");

            migrationBuilder.DropTable(
                name: "federated_link_requests",
                schema: "identity");

            migrationBuilder.DropIndex(
                name: "ix_institutions_schac_home_organization",
                schema: "identity",
                table: "institutions");

            migrationBuilder.DropColumn(
                name: "allows_password_sign_in",
                schema: "identity",
                table: "institutions");

            migrationBuilder.DropColumn(
                name: "is_active",
                schema: "identity",
                table: "institutions");

            migrationBuilder.DropColumn(
                name: "required_assurance",
                schema: "identity",
                table: "institutions");

            migrationBuilder.DropColumn(
                name: "schac_home_organization",
                schema: "identity",
                table: "institutions");

            migrationBuilder.DropColumn(
                name: "deactivated_at",
                schema: "identity",
                table: "AspNetUsers");
        }
    }
}
