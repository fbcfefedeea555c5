using System.Diagnostics;
using ComplaintBot.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ComplaintBot.Web.Tests.Browser;

/// <summary>
/// Complete complaints in real Web Chat, in Debian's chromium: on the help page in Chinese over the WebSocket
/// stream, and in English through /embed.js on another origin, polling.
/// </summary>
public sealed class WebChatBrowserTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task HelpPage_Chinese_CompletesAComplaint_WithTwoUploadedImages_OverTheWebSocket()
    {
        var errors = new List<string>();
        var page = await fixture.NewPageAsync(errors);
        await page.GotoAsync(fixture.Server.BaseUrl + "/");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("售后服务中心");
        var chat = new WebChatPage(page, page.Locator("[data-complaintbot-chat]"), errors);
        await chat.WaitForMoreAsync("我是投诉助手", 0);

        var latencies = new List<long>
        {
            await chat.SayAsync("你好", "订单号是多少"),
            await chat.SayAsync("1944 8224 6341 2702 309", "买的是什么商品"),
            await chat.SayAsync("电热水壶", "在哪家店买的"),
            await chat.SayAsync("暖禾家电旗舰店", "什么时候买的"),
            await chat.SayAsync("11月3日", "实际付了多少钱"),
            await chat.SayAsync("129元", "哪天收到货的"),
            await chat.SayAsync("11月5日", "遇到的是哪一类问题"),
        };
        var progress = chat.Root.Locator(".cbchat-progress");
        await Assertions.Expect(progress).ToHaveAttributeAsync("data-step", "problem.type");
        await Assertions.Expect(progress).ToContainTextAsync("第 7 / 14 步");

        await chat.ClickAsync("质量问题", "请把问题经过说一下");
        latencies.Add(await chat.SayAsync("烧水时壶底漏水，桌面被打湿，用了三次就出现这个情况。", "哪天发现这个问题的"));
        latencies.Add(await chat.SayAsync("11月20日", "您联系过卖家吗"));
        await chat.ClickAsync("是", "卖家是怎么答复的");
        latencies.Add(await chat.SayAsync("客服说只能补偿5元，不同意退货", "您希望怎么解决"));
        await chat.ClickAsync("退货退款", "现在请发送证据");
        await Assertions.Expect(progress).ToHaveAttributeAsync("data-step", "evidence");

        var photo = TestImages.Write("漏水照片.png", TestImages.Png(320, 240, 180, 40, 40));
        var screenshot = TestImages.Write("聊天记录.png", TestImages.Png(240, 400, 40, 60, 170));
        await chat.UploadAsync("已收到 2 个文件", photo, screenshot);
        // The echoed message lists both files, linked to our own attachment route (Web Chat swapped its blob: URLs for them).
        var links = chat.Transcript.Locator($"a[href^='{fixture.Server.BaseUrl}/v3/directline/attachments/']");
        await Assertions.Expect(links).ToHaveCountAsync(2);
        // The browser decides the order in which chosen files are read, so compare the names as a set.
        var names = await links.EvaluateAllAsync<string[]>("links => links.map(link => link.getAttribute('download'))");
        Assert.Equal(["漏水照片.png", "聊天记录.png"], names.Order(StringComparer.Ordinal));

        await chat.ClickAsync("证据传完了", "投诉总结已经生成");
        var card = chat.Transcript.Locator(".ac-adaptiveCard").Last;
        await Assertions.Expect(card).ToContainTextAsync("漏水照片.png");
        await Assertions.Expect(card).ToContainTextAsync("聊天记录.png");
        await Assertions.Expect(card).ToContainTextAsync("1944822463412702309");
        await Assertions.Expect(progress).ToContainTextAsync("第 14 / 14 步");
        var pageShot = Path.Combine(RepositoryPaths.Artifacts, "zh-help-page.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = pageShot });
        var cardShot = Path.Combine(RepositoryPaths.Artifacts, "zh-help-page-summary-card.png");
        await card.ScreenshotAsync(new LocatorScreenshotOptions { Path = cardShot });

        await chat.ClickAsync("确认无误", "C20");
        Report.Line(output, $"Screenshot (zh summary card): {cardShot}");
        Report.Line(output, $"Screenshot (zh help page): {pageShot}");
        Report.Line(output, $"Browser reply latency, WebSocket (Enter to reply visible, {latencies.Count} messages): median {Median(latencies)} ms, max {latencies.Max()} ms, all [{string.Join(", ", latencies)}]");
        Assert.DoesNotContain(errors, IsOurProblem);
    }

    [Fact]
    public async Task EmbedOnAnotherOrigin_English_CompletesAComplaint_Polling()
    {
        var errors = new List<string>();
        var page = await fixture.NewPageAsync(errors);
        await page.GotoAsync(fixture.Shop.Origin + "/");
        var launcher = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Complaint help" });
        await launcher.ClickAsync();
        var root = page.Locator("[data-complaintbot-chat]");
        await Assertions.Expect(root.Locator(".cbchat-title")).ToHaveTextAsync("Kettle World help");
        await Assertions.Expect(root).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("cbchat-left"));
        var chat = new WebChatPage(page, root, errors);
        await chat.WaitForMoreAsync("the complaint assistant", 0);

        var latencies = new List<long>
        {
            await chat.SayAsync("hello", "what is the order number"),
            await chat.SayAsync("1944 8224 6341 2702 309", "What did you buy"),
            await chat.SayAsync("electric kettle", "Which shop did you buy it from"),
            await chat.SayAsync("Nuanhe Appliances flagship store", "When did you buy it"),
            await chat.SayAsync("November 3", "How much did you actually pay"),
            await chat.SayAsync("129 yuan", "When was it delivered"),
            await chat.SayAsync("November 5", "What kind of problem is it"),
            await chat.SayAsync("Quality defect", "Please describe what happened"),
            await chat.SayAsync("The base of the kettle leaks when boiling water and wets the table after three uses.", "When did you discover the problem"),
            await chat.SayAsync("November 20", "Have you contacted the seller"),
        };
        await Assertions.Expect(root.Locator(".cbchat-progress")).ToContainTextAsync("Step 10 of 14");
        await chat.ClickAsync("No", "How would you like this resolved");
        await chat.ClickAsync("Return and refund", "Now please send your evidence");

        var photo = TestImages.Write("leak-photo.png", TestImages.Png(320, 240, 40, 160, 60));
        var chatShot = TestImages.Write("seller-chat.png", TestImages.Png(240, 400, 120, 120, 40));
        await chat.UploadAsync("Received 2 file(s)", photo, chatShot);
        await chat.ClickAsync("I've sent everything", "summary");
        var card = chat.Transcript.Locator(".ac-adaptiveCard").Last;
        await Assertions.Expect(card).ToContainTextAsync("leak-photo.png");
        await Assertions.Expect(card).ToContainTextAsync("seller-chat.png");
        var pageShot = Path.Combine(RepositoryPaths.Artifacts, "en-embed-widget.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = pageShot });
        var cardShot = Path.Combine(RepositoryPaths.Artifacts, "en-embed-summary-card.png");
        await card.ScreenshotAsync(new LocatorScreenshotOptions { Path = cardShot });

        Report.Line(output, $"Screenshot (en embed summary card): {cardShot}");
        Report.Line(output, $"Screenshot (en embed widget on {fixture.Shop.Origin}): {pageShot}");
        Report.Line(output, $"Browser reply latency, polling (Enter to reply visible, {latencies.Count} messages): median {Median(latencies)} ms, max {latencies.Max()} ms, all [{string.Join(", ", latencies)}]");
        Assert.DoesNotContain(errors, IsOurProblem);
    }

    [Fact]
    public async Task InTheBrowser_ATokenOfOneConversationIsRefusedOnAnother()
    {
        var errors = new List<string>();
        var page = await fixture.NewPageAsync(errors);
        await page.GotoAsync(fixture.Shop.Origin + "/");
        var statuses = await page.EvaluateAsync<int[]>(
            """
            async (base) => {
              const token = async () => (await fetch(base + '/webchat/token', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"locale":"en-US"}' })).json();
              const a = await token(), b = await token();
              const start = (t) => fetch(base + '/v3/directline/conversations', { method: 'POST', headers: { Authorization: 'Bearer ' + t.token, 'Content-Type': 'application/json', 'x-ms-bot-agent': 'DirectLine/3.0 (test)' }, body: '{}' });
              const startA = await start(a), startB = await start(b);
              const read = await fetch(base + '/v3/directline/conversations/' + b.conversationId + '/activities', { headers: { Authorization: 'Bearer ' + a.token, 'x-ms-bot-agent': 'DirectLine/3.0 (test)' } });
              const post = await fetch(base + '/v3/directline/conversations/' + b.conversationId + '/activities', { method: 'POST', headers: { Authorization: 'Bearer ' + a.token, 'Content-Type': 'application/json' }, body: JSON.stringify({ type: 'message', text: 'hijack', from: { id: a.userId } }) });
              const own = await fetch(base + '/v3/directline/conversations/' + a.conversationId + '/activities', { headers: { Authorization: 'Bearer ' + a.token } });
              return [startA.status, startB.status, read.status, post.status, own.status];
            }
            """,
            fixture.Server.BaseUrl);
        Assert.Equal([201, 201, 403, 403, 200], statuses);
    }

    private static long Median(List<long> values) => values.Order().ElementAt(values.Count / 2);

    /// <summary>Console errors that point at us (CSP, failed requests to our host, script errors); the browser's own noise is ignored.</summary>
    private static bool IsOurProblem(string error) =>
        error.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)
        || error.StartsWith("pageerror", StringComparison.Ordinal)
        || error.Contains("ComplaintBotChat", StringComparison.Ordinal);
}
