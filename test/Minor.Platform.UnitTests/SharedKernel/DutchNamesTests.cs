using Minor.Platform.SharedKernel;

namespace Minor.Platform.UnitTests.SharedKernel;

public sealed class DutchNamesTests
{
    [Fact]
    public void People_SortByTheSurnameWithoutItsTussenvoegsel_AccentsAmongTheirLetters_ThenTheFirstName()
    {
        (string First, string Last)[] people =
        [
            ("Zeynep", "Zwart"), ("Sanne", "van der Meer"), ("Mila", "Đurić-Şahin"), ("Anna", "Bergman"), ("Bram", "de Graaf"),
            ("Anna", "Berg"), ("Émile", "Dijkstra"), ("Eva", "dijkstra"), ("Noor", "El Idrissi"), ("Lotte", "Visser"), ("Tim", "'t Hart"),
        ];

        var ordered = people.OrderBy(p => DutchNames.SortKey(p.First, p.Last), StringComparer.Ordinal).Select(p => $"{p.First} {p.Last}");

        ordered.ShouldBe(
        [
            "Anna Berg", "Anna Bergman", "Émile Dijkstra", "Eva dijkstra", "Mila Đurić-Şahin", "Noor El Idrissi", "Bram de Graaf",
            "Tim 't Hart", "Sanne van der Meer", "Lotte Visser", "Zeynep Zwart",
        ]);
    }

    [Fact]
    public void ASurnameThatIsOnlyATussenvoegsel_KeepsItsLastWord()
    {
        DutchNames.SortKey("Jan", "Van").ShouldStartWith("van\u0001");
        DutchNames.SortKey("Jan", "van de Ven").ShouldBe("ven\u0001jan\u0001van de");
    }
}
