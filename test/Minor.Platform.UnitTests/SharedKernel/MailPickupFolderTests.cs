using MimeKit;
using Minor.Platform.SharedKernel.Mail;

namespace Minor.Platform.UnitTests.SharedKernel;

public sealed class MailPickupFolderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"pickup-{Guid.NewGuid():N}");

    [Fact]
    public async Task AReaderOfThePickupFolder_OnlyEverSeesWholeMessages()
    {
        var sender = new MailKitSender(new MailOptions("platform@example.nl", null, 25, null, null, _folder));
        var text = string.Concat(Enumerable.Repeat("Beste student, je resultaat is gepubliceerd.\n", 40_000));

        var writer = Task.Run(async () =>
        {
            for (var i = 0; i < 8; i++)
            {
                await sender.SendAsync(new OutgoingMail($"student{i}@example.nl", "Student", $"Bericht {i}", text), CancellationToken.None);
            }
        });

        var seen = new HashSet<string>();
        bool done;
        do
        {
            done = writer.IsCompleted;
            foreach (var path in Directory.Exists(_folder) ? Directory.GetFiles(_folder, "*.eml") : [])
            {
                if (seen.Add(path))
                {
                    var body = MimeMessage.Load(path).TextBody?.ReplaceLineEndings("\n");
                    (body == text).ShouldBeTrue($"{Path.GetFileName(path)} holds {body?.Length ?? 0} of {text.Length} characters");
                }
            }
        }
        while (!done);

        await writer;
        seen.Count.ShouldBe(8);
        Directory.GetFiles(_folder).Length.ShouldBe(8);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
