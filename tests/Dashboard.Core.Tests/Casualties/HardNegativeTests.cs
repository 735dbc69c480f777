namespace Dashboard.Core.Tests.Casualties;

public sealed class HardNegativeTests
{
    [Theory]
    [InlineData("تم استخدام حوالي مئة من الذخائر في الهجوم")]
    [InlineData("شنت الطائرات 20 غارة على مواقع المسلحين")]
    [InlineData("وقع الانفجار على بعد 45 كلم من المدينة")]
    [InlineData("وحتى الساعة 13.15 تغ لم تعلن السلطات شيئا")]
    [InlineData("نفذت الضربة قاذفات من نوع بي 2")]
    [InlineData("يستمر الحظر حتى 14 مايو المقبل")]
    [InlineData("خصصت الحكومة 50 مليون دولار لإعادة الإعمار")]
    [InlineData("فاز الحزب بـ 45 مقعدا في البرلمان")]
    [InlineData("ارتفعت الأسعار بنسبة 12 في المئة")]
    [InlineData("وصل 300 مقاتل إلى المدينة لتعزيز الدفاعات")]
    [InlineData("خمسة أشخاص على الأقل شاركوا في الهجوم")]
    [InlineData("376 طنا حصيلة مبيعات التمور يوم السبت")]
    [InlineData("ولد الطفل في العاشرة من عمره")]
    public void NumbersThatCountSomethingElseAreNoFacts(string text) =>
        Assert.Empty(Extracted.Scored(text));
}
