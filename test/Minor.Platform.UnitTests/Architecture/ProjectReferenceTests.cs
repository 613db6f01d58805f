using System.Xml.Linq;

namespace Minor.Platform.UnitTests.Architecture;

/// <summary>
/// A module sees other modules only through their Contracts: a module project references SharedKernel, the shared
/// document layer (Documents, which knows no module), its own Contracts and other modules' Contracts; a Contracts
/// project references SharedKernel only.
/// </summary>
public sealed class ProjectReferenceTests
{
    private static readonly string ModulesFolder = Path.Combine(RepositoryPaths.Root, "src", "Modules");

    public static TheoryData<string> ModuleProjects() => new(
        Directory.GetFiles(ModulesFolder, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !Path.GetFileName(p).EndsWith(".Contracts.csproj", StringComparison.Ordinal))
            .Select(Path.GetFileNameWithoutExtension)!);

    public static TheoryData<string> ContractsProjects() => new(
        Directory.GetFiles(ModulesFolder, "*.Contracts.csproj", SearchOption.AllDirectories)
            .Select(Path.GetFileNameWithoutExtension)!);

    [Fact]
    public void Modules_AllSevenExist_EachWithContracts()
    {
        string[] expected = ["Identity", "Curriculum", "Intake", "Tracks", "Assessment", "Certificates", "Learning"];
        foreach (var module in expected)
        {
            File.Exists(Path.Combine(ModulesFolder, module, $"Minor.Platform.{module}", $"Minor.Platform.{module}.csproj")).ShouldBeTrue(module);
            File.Exists(Path.Combine(ModulesFolder, module, $"Minor.Platform.{module}.Contracts", $"Minor.Platform.{module}.Contracts.csproj")).ShouldBeTrue(module);
        }
    }

    [Theory]
    [MemberData(nameof(ModuleProjects))]
    public void ModuleProject_ReferencesOnlySharedKernelAndContracts(string project)
    {
        var module = project.Replace("Minor.Platform.", "", StringComparison.Ordinal);
        var references = ReferencesOf(project);

        references.ShouldContain($"Minor.Platform.{module}.Contracts");
        references.ShouldContain("Minor.Platform.SharedKernel");
        references.Where(r => r is not ("Minor.Platform.SharedKernel" or "Minor.Platform.Documents") && !r.EndsWith(".Contracts", StringComparison.Ordinal))
            .ShouldBeEmpty($"{project} may reference only SharedKernel, Documents and Contracts projects");
    }

    [Fact]
    public void Documents_KnowsNoModule()
    {
        var document = XDocument.Load(Path.Combine(RepositoryPaths.Root, "src", "Minor.Platform.Documents", "Minor.Platform.Documents.csproj"));
        document.Descendants("ProjectReference").ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ContractsProjects))]
    public void ContractsProject_ReferencesOnlySharedKernel(string project)
    {
        ReferencesOf(project).ShouldBe(["Minor.Platform.SharedKernel"]);
    }

    /// <summary>The project's references, including those its imported Module.props adds.</summary>
    private static List<string> ReferencesOf(string project)
    {
        var path = Directory.GetFiles(ModulesFolder, project + ".csproj", SearchOption.AllDirectories).Single();
        var document = XDocument.Load(path);
        var includes = document.Descendants("ProjectReference").Select(r => (string)r.Attribute("Include")!).ToList();
        foreach (var import in document.Descendants("Import").Select(i => (string)i.Attribute("Project")!))
        {
            var imported = XDocument.Load(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, import)));
            includes.AddRange(imported.Descendants("ProjectReference").Select(r => ((string)r.Attribute("Include")!)
                .Replace("$(MSBuildProjectName)", project, StringComparison.Ordinal)));
        }

        return includes.Select(i => Path.GetFileNameWithoutExtension(i.Replace('\\', '/'))).Distinct().Order().ToList();
    }
}
