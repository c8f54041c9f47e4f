package news.broadsheet.epaper;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import news.broadsheet.epaper.compose.PageComposer;
import news.broadsheet.epaper.compose.PageComposer.Photo;
import news.broadsheet.epaper.compose.PageComposer.Story;
import news.broadsheet.epaper.locate.ArticleText;

/** Six stories of a made-up city daily's 第1版, written for these tests, and the geometry to score a locator by. */
public final class TestPages {
    public static final String FOLIO = "第1版　要闻　2026年3月12日　星期四　责任编辑：测试";

    private TestPages() {}

    public static List<Story> frontPage(boolean withPhoto) {
        List<Story> out = new ArrayList<>();
        out.add(new Story("a-tram", "城西交通再添新线", "有轨电车三号线明日开通试运营", "——全线设站十四座，沿途串联三所大学和两个湿地公园",
                List.of("记者从市交通运输局获悉，有轨电车三号线将于明日上午九时开通试运营，首班车从梧桐湾站发出，末班车二十二时三十分收车。",
                        "三号线全长十八点六公里，设站十四座，沿线经过师范学院、理工大学和医科大学的新校区，并在芦荡湿地公园与银杏湖公园各设一站。试运营期间，全程票价两元，持学生证乘车享受半价优惠。",
                        "市交通运输局相关负责人介绍，三号线采用低地板车辆，车厢内设有轮椅专用位置和婴儿车停放区，站台与车厢地板齐平，方便老人和行动不便的乘客上下车。",
                        "据了解，三号线开通后，城西片区至火车南站的通行时间将由原来的五十分钟缩短至二十五分钟左右。"),
                4, withPhoto ? new Photo(photo(1600, 900, 7), "图为有轨电车三号线列车在梧桐湾站进行开通前的最后一次调试。　本报记者　白露　摄") : null));
        out.add(new Story("b-library", null, "社区图书馆夜间开放试点扩至二十家", null,
                List.of("本报讯　从本月起，我市社区图书馆夜间开放试点由八家扩大到二十家，开放时间延长至每晚二十一时。",
                        "读者可通过自助借还机办理借阅手续，夜间时段还安排了青少年阅读辅导和老年人智能手机课堂。市文化馆统计，试点开展半年来，夜间到馆人次占全天的三成以上。"),
                2, null));
        out.add(new Story("c-river", "治水工程", "护城河清淤完成过半", "沿岸步道同步改造",
                List.of("本报记者　程远　通讯员　罗青",
                        "护城河清淤疏浚工程已完成过半，累计清运淤泥约四万二千立方米。工程采用环保绞吸船作业，淤泥经管道输送至脱水场压滤处理，最大限度减少对周边居民的影响。",
                        "与清淤同步进行的还有沿岸步道改造，新铺设的透水砖步道将与既有的滨河绿道贯通，预计五月底前完工。"),
                2, null));
        out.add(new Story("d-market", null, "春季农产品展销会周末举行", null,
                List.of("第十二届春季农产品展销会将于本周六、周日在会展中心举行，来自本省十一个县区的二百余家合作社和农户将带来茶叶、竹笋、菌菇等特色产品。",
                        "展会期间设置直播带货专区，并首次开设农技专家现场答疑服务。"),
                2, null));
        out.add(new Story("e-weather", null, "下周初将有一次明显降温过程", null,
                List.of("市气象台预计，受较强冷空气影响，下周一至周二我市将出现一次明显降温，最低气温可降至三摄氏度，并伴有四到五级偏北风。",
                        "气象专家提醒，正值春耕备耕时节，农户要注意做好大棚作物的防寒保温措施。"),
                2, null));
        out.add(new Story("f-clinic", "便民服务", "十五分钟就医圈覆盖全部街道", null,
                List.of("市卫生健康委员会昨日通报，全市新建和改造的社区卫生服务站已覆盖全部街道，居民步行十五分钟即可到达最近的服务站。",
                        "服务站提供常见病诊疗、慢性病随访和预防接种等服务，部分站点还开设了中医理疗和康复门诊。"),
                2, null));
        return out;
    }

    /** A picture with enough detail that its JPEG is as heavy as a newspaper photo's. */
    public static BufferedImage photo(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(70, 110, 160), width, height, new Color(200, 170, 120)));
        g.fillRect(0, 0, width, height);
        Random random = new Random(seed);
        for (int i = 0; i < width * height / 40; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 90));
            g.fillRect(random.nextInt(width), random.nextInt(height), 1 + random.nextInt(4), 1 + random.nextInt(4));
        }
        g.dispose();
        return image;
    }

    /** What the locator is given for a story: all its printed text. */
    public static ArticleText text(Story s, boolean laidOutHere) {
        StringBuilder t = new StringBuilder();
        for (String part : new String[] {s.kicker(), s.headline(), s.subheadline()}) {
            if (part != null) {
                t.append(part).append('\n');
            }
        }
        s.paragraphs().forEach(p -> t.append(p).append('\n'));
        if (s.photo() != null) {
            t.append(s.photo().caption());
        }
        return new ArticleText(s.articleId(), laidOutHere, t.toString());
    }

    /** Intersection over union of two sets of rectangles, by their covered area counted on a grid of quarter points. */
    public static double iou(List<Rect> a, List<Rect> b) {
        Rect all = a.stream().reduce(Rect::union).orElseThrow().union(b.stream().reduce(Rect::union).orElseThrow());
        double step = 0.5;
        long inter = 0, union = 0;
        for (double y = all.y() + step / 2; y < all.bottom(); y += step) {
            for (double x = all.x() + step / 2; x < all.right(); x += step) {
                boolean inA = covers(a, x, y), inB = covers(b, x, y);
                inter += inA && inB ? 1 : 0;
                union += inA || inB ? 1 : 0;
            }
        }
        return union == 0 ? 0 : (double) inter / union;
    }

    private static boolean covers(List<Rect> rects, double x, double y) {
        for (Rect r : rects) {
            if (x >= r.x() && x < r.right() && y >= r.y() && y < r.bottom()) {
                return true;
            }
        }
        return false;
    }

    public static PageComposer.Composed compose(List<Story> stories, int rotate, boolean scan) {
        return PageComposer.compose(new PageComposer.Page(FOLIO, stories, rotate, scan), PageComposer.cjkFont());
    }
}
