// The structure stage: boilerplate rules on the furniture real pastes bring
// along, and that article paragraphs are never flagged; headline, byline and
// interview roles.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "lede/lede.hpp"
#include "structure/paragraph_text.hpp"
#include "structure/structure.hpp"
#include "text/chars.hpp"
#include "text/document.hpp"

using V = std::vector<std::string>;

namespace {

// The texts of the paragraphs flagged as boilerplate.
V boilerplate_of(const std::string& text) {
  lede::Options options;
  options.offsets = lede::OffsetUnit::utf8;
  const lede::Analysis a = lede::analyze(text, options);
  V out;
  for (const auto& p : a.paragraphs) {
    if (p.boilerplate()) out.push_back(text.substr(p.span.start, p.span.size()));
  }
  return out;
}

std::vector<lede::ParagraphRole> roles_of(const std::string& text) {
  return lede::structure::analyze(lede::text::segment(text)).roles;
}

const std::string kArticle =
    "Putin said Moscow\xE2\x80\x99s partners also supported Iran\xE2\x80\x99s membership in the SCO.\n\n"
    "Raisi also thanked Russia for its assistance.\n\n";

}  // namespace

TEST_CASE("share, byline box and comment form lines are boilerplate", "[structure][boilerplate]") {
  const std::string text = kArticle +
                           "Share\nPublished by\nIFP Editorial Staff\n\nLeave a Reply\n\n"
                           "Your email address will not be published.\n\nBack to top button\n\nSource link\n\n"
                           "Back to the top";
  CHECK(boilerplate_of(text) == V{"Share", "Published by", "IFP Editorial Staff", "Leave a Reply",
                                  "Your email address will not be published.", "Back to top button",
                                  "Source link", "Back to the top"});
}

TEST_CASE("furniture is recognized whatever white space its words are set apart by", "[structure][boilerplate]") {
  const std::string text = kArticle +
                           "Share  this\n\nLeave\ta\xC2\xA0reply\n\nRead more: the plan\n\nShare\x7FThis\n\n"
                           "Share\xFFthis article";  // a byte that is not UTF-8 separates words too
  CHECK(boilerplate_of(text) == V{"Share  this", "Leave\ta\xC2\xA0reply", "Read more: the plan", "Share\x7FThis",
                                  "Share\xFFthis article"});
}

TEST_CASE("a teaser list after its header is boilerplate with its stamps", "[structure][boilerplate]") {
  const std::string text = kArticle +
                           "Recent Posts\n\n"
                           "Israel kills over 150 Palestinians in Gaza since ceasefire: Report\n\n"
                           "More than 150 Palestinians have been killed by Israel since the ceasefire accord took "
                           "effect\xE2\x80\xA6\n\n"
                           "2 hours ago\n\n"
                           "Tehran faces severe water crisis as reservoir levels plummet\n\n"
                           "46 minutes ago";
  CHECK(boilerplate_of(text).size() == 6);
}

TEST_CASE("runs of truncated teasers are boilerplate, a single one is not", "[structure][boilerplate]") {
  const std::string teasers =
      "Israeli President Isaac Herzog decided to cancel his participation in the COP29 climate change "
      "conference\xE2\x80\xA6\n"
      "Iranian Foreign Minister Seyyed Abbas Araghchi has said Tehran is ready to resume nuclear talks\xE2\x80\xA6";
  CHECK(boilerplate_of(kArticle + teasers).size() == 2);
  CHECK(boilerplate_of(kArticle + "The minister paused and said the talks would go on\xE2\x80\xA6").empty());
}

TEST_CASE("an author box near the end is boilerplate", "[structure][boilerplate]") {
  const std::string text = kArticle +
                           "Source link\n\n"
                           "Adib Zahedi is the CEO and Founder of He has nearly a decade of experience in IT. He "
                           "is also an author and writes articles for Has.\n\n"
                           "Leave a Reply";
  CHECK(boilerplate_of(text).size() == 3);
}

TEST_CASE("see-also links, news ids and widget residue are boilerplate", "[structure][boilerplate]") {
  const std::string text = kArticle +
                           "atramart mobile\n\n"
                           "See also  UNITED STATES - Documents seized from Trump: Independent expert appointed\n\n"
                           "News ID : 1203";
  CHECK(boilerplate_of(text).size() == 3);
}

TEST_CASE("article paragraphs that mention furniture words are not flagged", "[structure][boilerplate]") {
  const std::string text =
      "Share prices rose 4% after the announcement.\n\n"
      "Related talks will be held in Moscow next week, the ministry said.\n\n"
      "See also the minister's remarks, which were published by the agency on Monday and widely shared.\n\n"
      "The journalist, who has a decade of experience in Tehran, said the talks failed.\n\n"
      "He left 2 hours ago.";
  CHECK(boilerplate_of(text).empty());
}

TEST_CASE("the headline is the first short line without a full stop", "[structure]") {
  using R = lede::ParagraphRole;
  CHECK(roles_of("Putin urges intensification of ties\n\nBy Jane Doe\n\nPutin spoke on Saturday.") ==
        std::vector<R>{R::headline, R::byline, R::body});
  CHECK(roles_of("IFP Exclusive\n\nPutin in meeting with Raisi: NATO threats beyond Europe\n\nPutin spoke.") ==
        std::vector<R>{R::body, R::headline, R::body});
  CHECK(roles_of("Putin spoke on Saturday about bilateral ties.\n\nRaisi agreed.") ==
        std::vector<R>{R::body, R::body});
  // A page's sections above it, one short line each.
  CHECK(roles_of("World\n\nEurope\n\nParis transport strike: Metro lines shut as unions protest\n\nBy Claire "
                 "Dubois\n\nNine of Paris's 16 Metro lines were shut on Thursday.") ==
        std::vector<R>{R::body, R::body, R::headline, R::byline, R::body});
}

TEST_CASE("a headline with a number and a word that starts like a month is no dated line", "[structure]") {
  using R = lede::ParagraphRole;
  // "marine" starts like "mar", "may" is a verb, "Juniors" starts like "jun".
  for (const std::string headline : {"Margaret Ellery, pioneering marine biologist, dies at 87",
                                      "Oil prices may rise 5% as Gulf tensions grow", "Estudiantes 2 Boca Juniors 3"}) {
    INFO(headline);
    CHECK(roles_of(headline + "\n\nBy Thomas Reyes\n\nShe died on Nov. 29 at her home.") ==
          std::vector<R>{R::headline, R::byline, R::body});
  }
}

TEST_CASE("a dated line near the top is a byline wherever its digits are", "[structure]") {
  using R = lede::ParagraphRole;
  // The digits are looked for eight bytes at a time: short and long lines,
  // the digit early, late and in the last, overlapping word.
  for (const std::string date : {"Nov 3", "3 Nov 2024", "Updated Nov 3, 2024 14:06 GMT", "Published: November 2024",
                                  "Posted on Wed, December 11 at 9"}) {
    INFO(date);
    CHECK(roles_of("Putin urges intensification of ties\n\n" + date + "\n\nPutin spoke on Saturday.") ==
          std::vector<R>{R::headline, R::byline, R::body});
  }
  CHECK(roles_of("Putin urges intensification of ties\n\nPublished: November\n\nPutin spoke on Saturday.") ==
        std::vector<R>{R::headline, R::body, R::body});
  // After a page's navigation, which does not count; a stamp of how long ago; a save button.
  CHECK(roles_of("Skip to main content\nMenu\nSearch\nWorld\nBusiness\nSport\n\nJapan's economy shrinks more "
                 "than expected\n\nBy Kenji Sato\nPublished 15 February 2024, 01:32 GMT\nUpdated 2 hours ago\n\n"
                 "Share\nSave\n\nJapan's economy unexpectedly shrank for a second straight quarter.") ==
        std::vector<R>{R::boilerplate, R::boilerplate, R::boilerplate, R::boilerplate, R::boilerplate, R::boilerplate,
                       R::headline, R::byline, R::byline, R::byline, R::boilerplate, R::boilerplate, R::body});
}

TEST_CASE("interview turns need a repeated label or Q and A", "[structure]") {
  using R = lede::ParagraphRole;
  const auto s = lede::structure::analyze(lede::text::segment(
      "Trade in national currencies was agreed.\n"
      "What does it mean?\n"
      "Zarepour: It can strengthen trade.\n"
      "And the sanctions?\n"
      "Zarepour: No, they will not have any effect."));
  CHECK(s.roles == std::vector<R>{R::body, R::question, R::answer, R::question, R::answer});
  REQUIRE(s.turns.size() == 2);
  const auto lone = lede::structure::analyze(lede::text::segment(
      "Tehran says talks will go on\n\nDiplomacy: Putin urges intensification of cooperation."));
  CHECK(lone.turns.empty());
}

TEST_CASE("a transcript's speaker named in full, then by surname, speaks in turns", "[structure]") {
  using R = lede::ParagraphRole;
  const std::string text =
      "Elizabeth Warren sat down with our reporter.\n"
      "JAMES CARTER: Senator, why introduce this bill now?\n"
      "ELIZABETH WARREN: Because families are hurting and we have to act.\n"
      "CARTER: Critics say it will cost a lot over a decade.\n"
      "WARREN: That is simply not true, and half of it is paid for.";
  const auto s = lede::structure::analyze(lede::text::segment(text));
  CHECK(s.roles == std::vector<R>{R::body, R::answer, R::answer, R::answer, R::answer});
  REQUIRE(s.turns.size() == 4);
  CHECK(text.substr(s.turns[1].speaker.start, s.turns[1].speaker.size()) == "ELIZABETH WARREN");
  CHECK(text.substr(s.turns[3].speaker.start, s.turns[3].speaker.size()) == "WARREN");
  // A moderator's label, in any case, asks: a role, no speaker's name.
  const auto debate = lede::structure::analyze(lede::text::segment(
      "The debate was held on Monday.\n\nMODERATOR: Senator, why now?\n\nJOHN SMITH: Because we must act on "
      "prices now.\n\nMODERATOR: And the cost of it all?\n\nSMITH: It is paid for by the new taxes.\n"));
  CHECK(debate.roles == std::vector<R>{R::body, R::question, R::answer, R::question, R::answer});
  CHECK(debate.turns.size() == 2);
}

TEST_CASE("a recording's transcript: turns stamped with offsets, the words on the label's line or the next",
          "[structure]") {
  using R = lede::ParagraphRole;
  const std::string stamped =
      "The Briefing, Episode 212: Why egg prices won't come down\n\n"
      "[00:00:19] Marcus Hale: Thanks for having me, Sarah.\n\n"
      "[00:00:21] Sarah Lund: So what's going on? Is it still bird flu?\n\n"
      "[00:00:25] Marcus Hale: Mostly, yes. Since January we've lost about 38 million laying hens.\n\n"
      "[00:00:44] Sarah Lund: And demand hasn't dropped at all?";
  const auto s = lede::structure::analyze(lede::text::segment(stamped));
  CHECK(s.roles == std::vector<R>{R::headline, R::answer, R::question, R::answer, R::question});
  REQUIRE(s.turns.size() == 2);
  CHECK(stamped.substr(s.turns[0].speaker.start, s.turns[0].speaker.size()) == "Marcus Hale");
  CHECK(stamped.substr(s.turns[0].answer.start, 9) == "Thanks fo");
  // A transcription service's export: "Name (mm:ss):" on its own line, the words below.
  const std::string exported =
      "Sarah Lund (00:04):\nWelcome back to the show, everyone.\n\nMarcus Hale (00:09):\nThanks for having me "
      "on today.\n\nSarah Lund (01:15):\nSo is it still the bird flu, then?\n\nMarcus Hale (01:20):\nMostly it "
      "is bird flu, I think.";
  const auto e = lede::structure::analyze(lede::text::segment(exported));
  REQUIRE(e.turns.size() == 4);
  CHECK(exported.substr(e.turns[1].speaker.start, e.turns[1].speaker.size()) == "Marcus Hale");
  CHECK(exported.substr(e.turns[1].answer.start, e.turns[1].answer.size()) == "Thanks for having me on today.");
  CHECK(e.roles[e.turns[1].paragraph - 1] == R::answer);  // the label's own line
}

TEST_CASE("a print interview's \"Q.\" and \"A.\", and labels in Markdown's bold, are labels", "[structure]") {
  using R = lede::ParagraphRole;
  const std::string dotted =
      "Interview with the mayor\n\nQ. Why did you run for mayor?\n\nA. Because the city was broken and nobody "
      "was fixing it.\n\nQ. What comes first?\n\nA. Housing. We will build 10,000 homes in four years.";
  const auto d = lede::structure::analyze(lede::text::segment(dotted));
  CHECK(d.roles == std::vector<R>{R::headline, R::question, R::answer, R::question, R::answer});
  REQUIRE(d.turns.size() == 2);
  CHECK(dotted.substr(d.turns[1].answer.start, 8) == "Housing.");
  // Without "Q." asking, "A." opens a name: "A. Smith".
  CHECK(lede::structure::analyze(lede::text::segment("A. Smith said the plan would fail.\n\nA. Jones agreed with "
                                                     "him on every point.")).turns.empty());
  // No name for the tagger either: "A. Because" was a person.
  lede::Options options;
  options.offsets = lede::OffsetUnit::utf8;
  CHECK(lede::analyze(dotted, options).entities.empty());
  const std::string bold =
      "Interview with the mayor\n\n**Interviewer:** Why did you run for mayor?\n\n**Jane Doe:** Because the city "
      "was broken.\n\n**Interviewer:** What comes first?\n\n**Jane Doe**: Housing. We will build 10,000 homes.";
  const auto b = lede::structure::analyze(lede::text::segment(bold));
  REQUIRE(b.turns.size() == 2);
  CHECK(bold.substr(b.turns[0].speaker.start, b.turns[0].speaker.size()) == "Jane Doe");
  CHECK(bold.substr(b.turns[0].answer.start, 7) == "Because");
  CHECK(bold.substr(b.turns[1].answer.start, 8) == "Housing.");
}

TEST_CASE("a broadcast transcript: first labels with a title, a party or a description, then surnames",
          "[structure]") {
  using R = lede::ParagraphRole;
  const std::string text =
      "Interview with Senator Mark Warner on intelligence oversight\n\n"
      "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.\n\n"
      "KAITLAN COLLINS, CNN ANCHOR: Welcome back. Joining me now is Senator Mark Warner.\n\n"
      "SEN. MARK WARNER (D-VA): Good to be with you, Kaitlan.\n\n"
      "COLLINS: The White House says there wasn't time.\n\n"
      "WARNER: Look, I've been on this committee for 15 years. There is always time to pick up the phone.\n\n"
      "(COMMERCIAL BREAK)";
  const auto s = lede::structure::analyze(lede::text::segment(text));
  // The anchor asks, in every turn of hers; the senator answers.
  CHECK(s.roles == std::vector<R>{R::headline, R::boilerplate, R::question, R::answer, R::question, R::answer,
                                  R::boilerplate});
  REQUIRE(s.turns.size() == 2);
  CHECK(text.substr(s.turns[0].speaker.start, s.turns[0].speaker.size()) == "MARK WARNER");
  REQUIRE(s.interviewer_names.size() == 2);
  CHECK(text.substr(s.interviewer_names[0].start, s.interviewer_names[0].size()) == "KAITLAN COLLINS");
  // The interviewer is a person, though the tagger reads her name in capitals otherwise.
  lede::Options options;
  options.offsets = lede::OffsetUnit::utf8;
  const lede::Analysis a = lede::analyze(text, options);
  bool anchor_is_person = false;
  for (const auto& e : a.entities) {
    anchor_is_person = anchor_is_person || (e.name == "KAITLAN COLLINS" && e.type == lede::EntityType::PER);
  }
  CHECK(anchor_is_person);
}

TEST_CASE("a transcript's clip label with a long description is a turn", "[structure]") {
  using R = lede::ParagraphRole;
  // Five words describe the president: past four, the clip was prose.
  const std::string text =
      "CNN STATE OF THE UNION\n\n"
      "DANA BASH, CNN HOST: Joining me now is Senator Amy Klobuchar.\n\n"
      "SEN. AMY KLOBUCHAR (D-MN): Thank you, Dana.\n\n"
      "(BEGIN VIDEO CLIP)\n\n"
      "DONALD TRUMP, PRESIDENT OF THE UNITED STATES: They want to give free health care to everybody.\n\n"
      "(END VIDEO CLIP)\n\n"
      "KLOBUCHAR: That's just not true.";
  const auto s = lede::structure::analyze(lede::text::segment(text));
  REQUIRE(s.roles.size() == 7);
  CHECK(s.roles[4] == R::answer);
  REQUIRE(s.turns.size() == 3);
  CHECK(text.substr(s.turns[1].speaker.start, s.turns[1].speaker.size()) == "DONALD TRUMP");
}

TEST_CASE("a run of navigation labels with a known one is boilerplate", "[structure][boilerplate]") {
  const std::string text =
      "Home\nWorld\nPolitics\nBusiness\nMenu\nSearch\n"
      "Court blocks mine expansion after village appeal\n"
      "A regional court on Wednesday blocked the expansion of the Kessel copper mine.";
  CHECK(boilerplate_of(text) == V{"Home", "World", "Politics", "Business", "Menu", "Search"});
  const auto roles = roles_of(text);
  CHECK(roles[6] == lede::ParagraphRole::headline);
  CHECK(boilerplate_of("Ingredients\nBeans\nRice\nSalt\nCook the beans for an hour.").empty());
}

TEST_CASE("a breadcrumb trail above the headline is boilerplate, a results table is not", "[structure][boilerplate]") {
  using R = lede::ParagraphRole;
  const std::string text =
      "Home \xE2\x80\xBA World \xE2\x80\xBA Europe\n\n"
      "Exclusive: Inside the talks that saved the grain deal\n\n"
      "By Maria Szabo and John Doe | Updated 3:42 PM EST, Tue November 14, 2023\n\n"
      "Turkish President Tayyip Erdogan said on Tuesday that Russia would return to the deal.";
  CHECK(roles_of(text) == std::vector<R>{R::boilerplate, R::headline, R::byline, R::body});
  CHECK(boilerplate_of("Home / News / Asia\n\nTalks fail.") == V{"Home / News / Asia"});
  CHECK(boilerplate_of("News > World > Asia > China\n\nTalks fail.") == V{"News > World > Asia > China"});
  // Slashes and bars set results and tables apart too: those stay.
  CHECK(boilerplate_of("W D L G / F G / A P\n\n1. Ray Belim (Britain) / James Weaver (Britain) / J.J.Lehto").empty());
  CHECK(boilerplate_of("Iran \xE2\x80\xBA Russia\n\nTalks fail.").empty());  // two steps are no trail
  // Al Jazeera glues its section trail with a bar; a bar in prose or a table stays.
  CHECK(roles_of("News|Politics\n\nKenya's parliament votes to impeach deputy president\n\nGachagua denies the charges.") ==
        std::vector<R>{R::boilerplate, R::headline, R::body});
  CHECK(boilerplate_of("Goals|Assists\n\nTalks fail.") == V{"Goals|Assists"});
  CHECK(boilerplate_of("Gachagua | Ruto\n\nTalks fail.").empty());
}

TEST_CASE("share buttons and the teasers after \"Read more:\" are boilerplate", "[structure][boilerplate]") {
  const std::string text = kArticle +
                           "Read more:\n"
                           "- Ukraine says drones hit Crimea bridge\n"
                           "- Oil prices climb 4% on supply fears\n\n"
                           "Facebook Twitter LinkedIn\n\n"
                           "Share | Email | Print";
  CHECK(boilerplate_of(text) == V{"Read more:", "- Ukraine says drones hit Crimea bridge",
                                  "- Oil prices climb 4% on supply fears", "Facebook Twitter LinkedIn",
                                  "Share | Email | Print"});
  CHECK(boilerplate_of(kArticle + "Twitter and Facebook removed the posts.").empty());
}

TEST_CASE("a reading time and the audio player's line are boilerplate", "[structure][boilerplate]") {
  CHECK(boilerplate_of("Listen to this article \xC2\xB7 6 min read\n\n" + kArticle + "5 min read") ==
        V{"Listen to this article \xC2\xB7 6 min read", "5 min read"});
  CHECK(boilerplate_of(kArticle + "They read for 6 min.").empty());
}

TEST_CASE("an interviewer's label whose every turn asks is a question label", "[structure]") {
  using R = lede::ParagraphRole;
  const auto s = lede::structure::analyze(lede::text::segment(
      "The chef who wants you to eat more beans\n"
      "Lede: Why beans?\n"
      "Okafor: Because they are cheap.\n"
      "Lede: What's next?\n"
      "Okafor: A cookbook."));
  CHECK(s.roles == std::vector<R>{R::headline, R::question, R::answer, R::question, R::answer});
  CHECK(s.turns.size() == 2);
}

TEST_CASE("a press release's furniture is boilerplate and its headline the line below", "[structure][boilerplate]") {
  using R = lede::ParagraphRole;
  const std::string text =
      "FOR IMMEDIATE RELEASE\n\n"
      "Acme Corp. Reports Third Quarter 2024 Results\n\n"
      "SAN JOSE, Calif., Oct. 24, 2024 /PRNewswire/ -- Acme Corp. (NASDAQ: ACME) today reported revenue of "
      "$1.24 billion for the third quarter.\n\n"
      "Contact: press@acme.example, +1 (408) 555-0100\n\n"
      "Media Contact:\nJane Doe\npress@acme.example\n+1 (408) 555-0100\n\n"
      "###\n\n-30-";
  CHECK(boilerplate_of(text) == V{"FOR IMMEDIATE RELEASE", "Contact: press@acme.example, +1 (408) 555-0100",
                                  "Media Contact:", "Jane Doe", "press@acme.example", "+1 (408) 555-0100", "###",
                                  "-30-"});
  CHECK(roles_of(text)[1] == R::headline);
  CHECK(boilerplate_of(kArticle + "Contact with the rebels was lost on Monday, the army said.").empty());
}

TEST_CASE("a press release's About section and wire source line are boilerplate", "[structure][boilerplate]") {
  const std::string release =
      "SAN JOSE, Calif., Oct. 24, 2024 /PRNewswire/ -- Acme Corp. (NASDAQ: ACME) today reported revenue of "
      "$1.24 billion for the third quarter.\n\n"
      "About 200 jobs will move to Austin, the company said.\n\n";
  const std::string tail =
      "About Acme Corp.\n\n"
      "Acme Corp. (NASDAQ: ACME) is a leading maker of widgets. For more information, visit www.acme.example.\n\n"
      "Contact: press@acme.example\n\n"
      "SOURCE Acme Corp.";
  CHECK(boilerplate_of(release + tail) ==
        V{"About Acme Corp.",
          "Acme Corp. (NASDAQ: ACME) is a leading maker of widgets. For more information, visit www.acme.example.",
          "Contact: press@acme.example", "SOURCE Acme Corp."});
  const std::string business_wire =
      "SAN JOSE, Calif.--(BUSINESS WIRE)--Acme Corp. today unveiled a widget.\n\n"
      "Forward-Looking Statements\n\nThis press release contains forward-looking statements.";
  CHECK(boilerplate_of(business_wire) ==
        V{"Forward-Looking Statements", "This press release contains forward-looking statements."});
  // Without a mark of a release, an "About" section is the article's.
  CHECK(boilerplate_of(kArticle + "About the study\n\nThe survey asked 2,000 adults in May.").empty());
}

TEST_CASE("a results table's labels are no interview turns", "[structure]") {
  using R = lede::ParagraphRole;
  const auto rugby = lede::structure::analyze(lede::text::segment(
      "South Africa beat New Zealand 32-22 in the first test on Saturday.\n"
      "Penalties: Joel Stranksy (3).\n"
      "Tries: Joost van der Westhuizen.\n"
      "Penalties: Simon Culhane, Jon Preston (2).\n"
      "Attendance: 5,000\n"
      "Attendance: 8,000"));
  CHECK(rugby.roles == std::vector<R>{R::body, R::body, R::body, R::body, R::body, R::body});
  CHECK(rugby.turns.empty());
  const auto cricket = lede::structure::analyze(lede::text::segment(
      "England won by six wickets.\n"
      "Bowling: Wasim Akram 15.4-1-67-3, Waqar Younis 18-3-55-1,\n"
      "Bowling: Cork 3-0-15-0, Mullally 3-0-24-1, Croft 0.4-0-9-0"));
  CHECK(cricket.turns.empty());
}

TEST_CASE("a menu's list header above the article stops at its headline and byline", "[structure][boilerplate]") {
  using R = lede::ParagraphRole;
  // AP's page: "Top Stories" is a menu entry, not the head of teasers.
  const std::string text =
      "AP NEWS\nSections\nTop Stories\nU.S. News\nWorld News\nPolitics\n\n"
      "Wildfire forces thousands to flee as winds push flames toward Oregon town\n\n"
      "By CLAIRE RUSH and SOPHIE AUSTIN\nUpdated 6:42 PM UTC, December 5, 2026\n\n"
      "Share\nCopy\nLink copied\nEmail\nFacebook\n\n"
      "BEND, Ore. (AP) \xE2\x80\x94 A fast-moving wildfire forced more than 3,000 people from their homes on "
      "Thursday.";
  CHECK(boilerplate_of(text) == V{"AP NEWS", "Sections", "Top Stories", "U.S. News", "World News", "Politics", "Share",
                                  "Copy", "Link copied", "Email", "Facebook"});
  const auto roles = roles_of(text);
  CHECK(roles[6] == R::headline);
  CHECK(roles[7] == R::byline);
  CHECK(roles[8] == R::byline);
  // Below the article, teasers keep their bylines in the list.
  CHECK(boilerplate_of(kArticle + "Related\n\nCourt blocks mine expansion\n\nBy Jane Doe") ==
        V{"Related", "Court blocks mine expansion", "By Jane Doe"});
}

TEST_CASE("four or more labels opening the page above a headline are navigation", "[structure][boilerplate]") {
  const std::string reuters =
      "Reuters\nWorld\nBusiness\nMarkets\nSustainability\nBusiness\n"
      "Nissan to cut 9,000 jobs, slash output as profit plunges\n"
      "By Daniel Leussink and Maki Shiraki\n"
      "TOKYO, Dec 4 (Reuters) - Nissan Motor said on Thursday it would cut 9,000 jobs.";
  CHECK(boilerplate_of(reuters) == V{"Reuters", "World", "Business", "Markets", "Sustainability", "Business"});
  CHECK(roles_of(reuters)[6] == lede::ParagraphRole::headline);
  // A short headline and its byline are no run of labels.
  CHECK(boilerplate_of("Budget 2026\nBy Jane Doe\n5 December 2026\nTax rises\n"
                       "Rachel Reeves raised taxes by \xC2\xA3" "26bn on Wednesday, the largest rise in a decade.")
            .empty());
}

TEST_CASE("skip links, sign-in lines, a home link and a cookie banner head the page", "[structure][boilerplate]") {
  const std::string guardian =
      "Skip to main contentSkip to navigation\nPrint subscriptions\nSign in\nSearch jobs\n"
      "The Guardian - Back to home\nNews\nOpinion\nSport\nCulture\nMuseums\n"
      "British Museum to return looted bronzes to Nigeria after 128 years\n"
      "The British Museum is to return 72 of the Benin bronzes to Nigeria, 128 years after they were looted.";
  CHECK(boilerplate_of(guardian) == V{"Skip to main contentSkip to navigation", "Print subscriptions", "Sign in",
                                      "Search jobs", "The Guardian - Back to home", "News", "Opinion", "Sport",
                                      "Culture", "Museums"});
  CHECK(roles_of(guardian)[10] == lede::ParagraphRole::headline);
  const std::string local =
      "We value your privacy\n"
      "We and our partners use cookies to store and access information on a device. Accept all | Manage "
      "preferences\n\n"
      "Council approves \xC2\xA3" "4.5m plan to rebuild flood-hit bridge\n\n"
      "A \xC2\xA3" "4.5 million plan to rebuild a bridge that was washed away has been approved by councillors.";
  CHECK(boilerplate_of(local).size() == 2);
  CHECK(roles_of(local)[2] == lede::ParagraphRole::headline);
}

TEST_CASE("a caption ending in its credit, a link's label and a contributor line are boilerplate",
          "[structure][boilerplate]") {
  const std::string text = kArticle +
                           "A Benin bronze plaque at the British Museum. Photograph: Dan Kitwood/Getty Images\n\n"
                           "A firefighter watches flames near Bend, Ore., on Thursday. (AP Photo/Nathan Howard)\n\n"
                           "Purchase Licensing Rights, opens new tab\n\n"
                           "Get Football news sent straight to your phone\n\n"
                           "Associated Press writer Gene Johnson contributed from Seattle.\n\n"
                           "Additional writers in Brussels contributed to this report.\n\n"
                           "With files from The Canadian Press\n\n"
                           "He posted a photo: the dog asleep on the sofa of the house he had just been told he "
                           "would lose.\n\n"
                           "She contributed from her savings to the appeal.";
  CHECK(boilerplate_of(text) ==
        V{"A Benin bronze plaque at the British Museum. Photograph: Dan Kitwood/Getty Images",
          "A firefighter watches flames near Bend, Ore., on Thursday. (AP Photo/Nathan Howard)",
          "Purchase Licensing Rights, opens new tab", "Get Football news sent straight to your phone",
          "Associated Press writer Gene Johnson contributed from Seattle.",
          "Additional writers in Brussels contributed to this report.", "With files from The Canadian Press"});
}

TEST_CASE("an Indian paper's links, its contributor line, its stamp and a site's disclosure are boilerplate",
          "[structure][boilerplate]") {
  const std::string text = kArticle +
                           "Also Read | Maruti Suzuki Q2 results: Net profit falls 17% to \u20b93,069 crore\n\n"
                           "Tata Motors will demerge its commercial vehicle business, chairman N Chandrasekaran told "
                           "shareholders in August. Also read the company's letter.\n\n"
                           "(With inputs from PTI)\n\n"
                           "First published on: 08-11-2026 at 18:42 IST\n\n"
                           "Have a news tip? Email us at newsroom@example.com.\n\n"
                           "Disclosure: CoinDesk is an award-winning media outlet that covers the cryptocurrency "
                           "industry.\n\n"
                           "First published in 1851, the paper has never missed a day.";
  CHECK(boilerplate_of(text) == V{"Also Read | Maruti Suzuki Q2 results: Net profit falls 17% to \u20b93,069 crore",
                                  "(With inputs from PTI)", "First published on: 08-11-2026 at 18:42 IST",
                                  "Have a news tip? Email us at newsroom@example.com.",
                                  "Disclosure: CoinDesk is an award-winning media outlet that covers the cryptocurrency "
                                  "industry."});
}

TEST_CASE("readers' comments below the article are boilerplate", "[structure][boilerplate]") {
  const std::string comments = kArticle +
                               "Comments (12)\n\nDai_from_Llanelli \xC2\xB7 2 hours ago\n\n"
                               "About time. Should never have taken this long.\n\nReply \xC2\xB7 Report\n\n"
                               "CarmsMum \xC2\xB7 1 hour ago\n\nWho is paying for this?";
  CHECK(boilerplate_of(comments).size() == 6);
  // What follows a "Comments" line with no comment in it is the article's.
  CHECK(boilerplate_of(kArticle + "Comments\n\nThe ministry declined to comment further on the talks.") ==
        V{"Comments"});
}

TEST_CASE("a wire's author box, its name line above a bio that opens with the surname", "[structure][boilerplate]") {
  const std::string text = kArticle +
                           "Related coverage\n\nWhat to know about red flag warnings\n\nCLAIRE RUSH\n\n"
                           "Rush covers Oregon and the Pacific Northwest for The Associated Press.\n\n"
                           "SOPHIE AUSTIN\n\nAustin covers California politics.";
  CHECK(boilerplate_of(text) ==
        V{"Related coverage", "What to know about red flag warnings", "CLAIRE RUSH",
          "Rush covers Oregon and the Pacific Northwest for The Associated Press.", "SOPHIE AUSTIN",
          "Austin covers California politics."});
}

TEST_CASE("a line of punctuation alone is a separator", "[structure][boilerplate]") {
  CHECK(boilerplate_of(kArticle + "___\n\n* * *\n\n-----\n\nThe talks resume on Monday.") ==
        V{"___", "* * *", "-----"});
}

TEST_CASE("a New York Times copy: its buttons, bylines, author boxes and print line", "[structure][boilerplate]") {
  using R = lede::ParagraphRole;
  const std::string text =
      "Advertisement\nSKIP ADVERTISEMENT\nSupported by\nSKIP ADVERTISEMENT\n\n"
      "Senate Passes Bill to Avert Shutdown, Sending It to Biden\n\n"
      "The measure, approved 77 to 19, would keep the government funded through Jan. 19.\n\n"
      "Share full article\nRead in app\n\n"
      "By Catie Edmondson and Carl Hulse\nReporting from Washington\n\nNov. 15, 2026\nUpdated 9:42 p.m. ET\n\n"
      "The Senate on Wednesday passed a stopgap spending bill to keep the government open into the new year.\n\n"
      "Catie Edmondson covers Congress for The Times. More about Catie Edmondson\n\n"
      "Carl Hulse is the chief Washington correspondent, covering Congress and politics. More about Carl Hulse\n\n"
      "A version of this article appears in print on Nov. 16, 2026, Section A, Page 1 of the New York edition with "
      "the headline: Senate Passes Bill to Avert Shutdown. Order Reprints | Today's Paper | Subscribe\n\n"
      "See more on: U.S. Senate, Chuck Schumer";
  const auto roles = roles_of(text);
  CHECK(roles == std::vector<R>{R::boilerplate, R::boilerplate, R::boilerplate, R::boilerplate, R::headline, R::body,
                                R::boilerplate, R::boilerplate, R::byline, R::byline, R::byline, R::byline, R::body,
                                R::boilerplate, R::boilerplate, R::boilerplate, R::boilerplate});
  // The article's last paragraph may want to know more about something.
  CHECK(boilerplate_of(kArticle + "Voters say they want to hear more about the plan.").empty());
}

TEST_CASE("a Daily Mail copy: its share line and a comments block with sorting buttons", "[structure][boilerplate]") {
  const std::string text = kArticle +
                           "Share or comment on this article:\n\n"
                           "Comments 12\nShare what you think\nNewest\nOldest\nBest rated\nWorst rated\nView all\n"
                           "The comments below have not been moderated.\nJanet G, Leeds, 2 hours ago\n"
                           "Disgusting. These people should be locked up.\nReply\nClick to rate";
  CHECK(boilerplate_of(text).size() == 13);
}

TEST_CASE("a Bloomberg copy's promotions and a Substack post's counts are boilerplate", "[structure][boilerplate]") {
  const std::string bloomberg = kArticle +
                                "Gift this article\nHave a confidential tip for our reporters? Get in Touch\n"
                                "Before it's here, it's on the Bloomberg Terminal\nLEARN MORE\n\n"
                                "Story Continues Below\n\n"
                                "Sign up for the Fed Watch newsletter and get the latest on central banks.\n\n"
                                "Follow all new stories by Craig Torres";
  CHECK(boilerplate_of(bloomberg).size() == 7);
  const std::string substack = kArticle +
                               "Thanks for reading The Daily Note! Subscribe for free to receive new posts and "
                               "support my work.\n\n142 Likes\n\xE2\x88\x99\n6 Restacks\n28 Comments\n"
                               "Discussion about this post";
  CHECK(boilerplate_of(substack).size() == 6);
  // Prose that starts like them stays.
  CHECK(boilerplate_of(kArticle + "Learn more languages, the minister told the pupils at the school in Tabriz.\n\n"
                                  "Sign up figures for the scheme doubled in a year.")
            .empty());
}

TEST_CASE("a date line above the headline does not hide the headline", "[structure]") {
  using R = lede::ParagraphRole;
  // ABC News puts the time stamp first, doubled by the copy.
  const auto roles = roles_of(
      "ABC News\nJust In\nFor You\nPolitics\nWorld\n\nTopic:Bushfires\n"
      "Posted 5h ago5 hours ago, updated 2h ago2 hours ago\n\n"
      "Firefighters battle blaze near Perth as temperatures soar above 40C\n\nBy Rhiannon Shine\n\n"
      "Firefighters are battling an out-of-control bushfire north of Perth as temperatures climbed above 40C.");
  CHECK(roles == std::vector<R>{R::boilerplate, R::boilerplate, R::boilerplate, R::boilerplate, R::boilerplate,
                                R::boilerplate, R::byline, R::headline, R::byline, R::body});
  // The stamp repeated under the article is the page's.
  const std::string body =
      "Firefighters are battling an out-of-control bushfire north of Perth as temperatures climbed.\n\n"
      "The Department of Fire and Emergency Services issued an emergency warning on Saturday afternoon.\n\n"
      "About 120 firefighters and six water-bombing aircraft were at the scene on Saturday.\n\n";
  CHECK(boilerplate_of(body + "Posted 5h ago5 hours ago, updated 2h ago2 hours ago") ==
        V{"Posted 5h ago5 hours ago, updated 2h ago2 hours ago"});
  CHECK(boilerplate_of(body + "Published 3 December 2026") == V{"Published 3 December 2026"});
}

TEST_CASE("a CNN copy: labels around its dash, a related article, the ad line", "[structure][boilerplate]") {
  using R = lede::ParagraphRole;
  const std::string text =
      "CNN\n \xE2\x80\x94 \n\nBusiness\nMarkets\nTech\n\n"
      "Boeing will pay $1.1 billion to avoid trial over 737 Max crashes\n\n"
      "By Chris Isidore, CNN\n4 minute read\nPublished 10:34 AM EST, Thu December 3, 2026\n\n"
      "Boeing has agreed to pay $1.1 billion to avoid a criminal trial over two fatal crashes of its jet.\n\n"
      "Related article\nBoeing's new CEO says the company needs a culture change\n\nAd Feedback\n\n"
      "Relatives of some of the victims said they would challenge the deal in court.";
  CHECK(roles_of(text) == std::vector<R>{R::boilerplate, R::boilerplate, R::boilerplate, R::boilerplate, R::boilerplate,
                                         R::headline, R::byline, R::boilerplate, R::byline, R::body, R::boilerplate,
                                         R::boilerplate, R::boilerplate, R::body});
}

TEST_CASE("a Sky News copy: its caption, its trust line, its teasers and its WhatsApp promotion",
          "[structure][boilerplate]") {
  const std::string text = kArticle +
                           "Image: Junior doctors on a picket line in London last year. Pic: PA\n\n"
                           "Why you can trust Sky News\n\n"
                           "Read more from Sky News:\nNHS waiting list falls for third month\n\n"
                           "Follow Sky News on WhatsApp\n"
                           "Keep up with all the latest news from the UK and around the world by following Sky News\n\n"
                           "Tap here";
  CHECK(boilerplate_of(text).size() == 7);
  CHECK(boilerplate_of(kArticle + "The minister said the plan had been shared on WhatsApp.").empty());
}

TEST_CASE("a Washington Post copy: its motto, its reading time, and its author's bio after the comments",
          "[structure][boilerplate]") {
  using R = lede::ParagraphRole;
  const std::string text =
      "Democracy Dies in Darkness\n\nPolitics\n"
      "Supreme Court to hear case on state bans of gender-affirming care\n\n6 min\n\n"
      "By Ann E. Marimow\nDecember 4, 2026 at 6:12 p.m. EST\n\n"
      "The Supreme Court on Wednesday agreed to decide whether states may ban gender-affirming care for minors.\n\n"
      "(Subscribe to The Post Most newsletter for the most important and interesting stories from The Washington "
      "Post.)\n\nShare\n1,204 Comments\n\n"
      "Ann E. Marimow covers legal affairs for The Washington Post. Follow Ann E.";
  CHECK(roles_of(text) == std::vector<R>{R::boilerplate, R::body, R::headline, R::boilerplate, R::byline, R::byline,
                                         R::body, R::boilerplate, R::boilerplate, R::boilerplate, R::boilerplate});
}

TEST_CASE("a Times of India copy: a menu's teasers end at the headline above its dated byline", "[structure]") {
  using R = lede::ParagraphRole;
  const std::string text =
      "Trending\nElections 2026\nIPL 2026\n\n"
      "News / India News / Monsoon session: Parliament passes bill on online gaming\n\n"
      "Monsoon session: Parliament passes bill on online gaming\n\n"
      "TOI News Desk / TIMESOFINDIA.COM / Updated: Aug 21, 2026, 19:42 IST\n\nShare\nFollow us\n\n"
      "NEW DELHI: Parliament on Thursday passed the Promotion and Regulation of Online Gaming Bill, 2026.\n\n"
      "Start a Conversation\n\nend of article";
  CHECK(roles_of(text) == std::vector<R>{R::boilerplate, R::boilerplate, R::boilerplate, R::boilerplate, R::headline,
                                         R::byline, R::boilerplate, R::boilerplate, R::body, R::boilerplate,
                                         R::boilerplate});
}

TEST_CASE("a BBC copy: its menu, stamp, buttons, picture credit and caption, and related topics",
          "[structure][boilerplate]") {
  using R = lede::ParagraphRole;
  const std::string text =
      "Skip to content\nBritish Broadcasting Corporation\nHome\nNews\nSport\n\n"
      "Teachers in Scotland vote to strike over pay\n\n5 hours ago\nShare\nSave\n\n"
      "Image source, PA Media\nImage caption, The EIS is Scotland's largest teaching union\n\n"
      "Teachers across Scotland have voted to go on strike in a dispute over pay, the largest union has said.\n\n"
      "Related topics\nScotland\nEducation";
  CHECK(roles_of(text) == std::vector<R>{R::boilerplate, R::boilerplate, R::boilerplate, R::boilerplate,
                                         R::boilerplate, R::headline, R::boilerplate, R::boilerplate, R::boilerplate,
                                         R::boilerplate, R::boilerplate, R::body, R::boilerplate, R::boilerplate,
                                         R::boilerplate});
}

TEST_CASE("a magazine's interview without labels: short questions, answers in the first person; an explainer's "
          "questions are headings",
          "[structure]") {
  using R = lede::ParagraphRole;
  const auto qa = lede::structure::analyze(lede::text::segment(
      "Nadia Rahimi opened her first restaurant in Leeds in 2017. We spoke to her about where it all began.\n\n"
      "Where did you learn to cook?\n\n"
      "In my grandmother's kitchen in Herat, and then in my mother's kitchen in Bradford.\n\n"
      "Did you always want to run a restaurant?\n\n"
      "Not at all. I studied accountancy. My parents were very proud.\n\n"
      "What changed?\n\n"
      "I started doing supper clubs in my flat on Friday nights.\n\n"
      "Her cookbook is published by Hale & Wren at 28 pounds."));
  CHECK(qa.roles == std::vector<R>{R::body, R::question, R::answer, R::question, R::answer, R::question, R::answer,
                                   R::body});
  CHECK(qa.turns.size() == 3);
  // An explainer's questions are answered in the third person: no turns.
  const auto explainer = lede::structure::analyze(lede::text::segment(
      "The new law takes effect on Monday.\n\n"
      "What is the new law?\n\nIt bans the sale of disposable vapes in shops across the country.\n\n"
      "Why was it introduced?\n\nMinisters say the number of children vaping has tripled in three years.\n\n"
      "What happens next?\n\nShops that break the law face fines of up to 2,500 pounds."));
  CHECK(explainer.turns.empty());
  // They are its section headings, as a live page's entry headings are headlines.
  CHECK(explainer.roles == std::vector<R>{R::body, R::headline, R::body, R::headline, R::body, R::headline, R::body});
}

TEST_CASE("an author's name above the desk's line is not a menu's label", "[structure][boilerplate]") {
  const std::string text =
      "Teachers in Scotland vote to strike over pay\n\n5 hours ago\nShare\nSave\n"
      "Laura Maxwell\nBBC Scotland education correspondent\n\n"
      "Teachers across Scotland have voted to go on strike in a dispute over pay, the largest union has said.";
  CHECK(boilerplate_of(text) == V{"5 hours ago", "Share", "Save"});
}

TEST_CASE("an Independent, a Yahoo and an NDTV copy's promotions and notices are boilerplate",
          "[structure][boilerplate]") {
  const std::string text =
      "Track Latest News Live on NDTV.com and get news updates from India and around the world\n\n" + kArticle +
      "I would like to be emailed about offers, events and updates from The Independent. Read our privacy notice\n\n"
      "Join our commenting forum\n"
      "Join thought-provoking conversations, follow other Independent readers and see their replies\n\n"
      "(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated "
      "feed.)\n\nView comments\nTerms and Privacy Policy\nPrivacy Dashboard";
  CHECK(boilerplate_of(text).size() == 8);
  // Business Standard's and others' own wording of the note under a PTI story.
  CHECK(boilerplate_of(kArticle + "(This story has not been edited by our staff and is auto-generated from a "
                                  "syndicated feed.)") ==
        V{"(This story has not been edited by our staff and is auto-generated from a syndicated feed.)"});
}

TEST_CASE("a live blog's entries: a clock time, the entry's headline, then its text", "[structure][boilerplate]") {
  using R = lede::ParagraphRole;
  const std::string text =
      "Budget 2026 live: Reeves raises taxes by \xC2\xA3" "26bn as OBR cuts growth forecast\n\n"
      "Live\n\n"
      "Key events\n\n"
      "Show key events only\n\n"
      "Please turn on JavaScript to use this feature\n\n"
      "14:31 GMT\n\n"
      "OBR halves growth forecast for next year\n\n"
      "The Office for Budget Responsibility now expects the economy to grow by 1.1% next year.\n\n"
      "Share\n\n"
      "Updated at 14.15 GMT\n\n"
      "13:58 GMT\n\n"
      "Reeves stands up\n\n"
      "The chancellor is on her feet.";
  // The stamp and headline of the last entry, after the buttons of the one
  // before, are no menu.
  CHECK(roles_of(text) == std::vector<R>{R::headline, R::boilerplate, R::boilerplate, R::boilerplate, R::boilerplate,
                                         R::byline, R::headline, R::body, R::boilerplate, R::byline, R::byline,
                                         R::headline, R::body});
  // Other clock times: "2.15pm", "9:05 am ET"; a single one is no live blog.
  const auto roles = roles_of("2.15pm\n\nTalks resume\n\nThey met.\n\n9:05 am ET\n\nTalks end\n\nThey left.");
  CHECK(roles == std::vector<R>{R::byline, R::headline, R::body, R::byline, R::headline, R::body});
  CHECK(roles_of("Talks resume\n\nThey met at 14:30.\n\n14:52\n\nThey left.")[2] == R::body);
}

TEST_CASE("a BBC and a CNN live page: stamps with words and days, an editor, the page's controls", "[structure]") {
  using R = lede::ParagraphRole;
  const std::string bbc =
      "Live\n\nStorm Bert: Thousands without power as flood warnings issued\n\nSummary\n\n"
      "More than 100 flood warnings in place across England\n\nLive Reporting\n\nEdited by Emily Atkinson\n\n"
      "Posted at 10:42\n\nRail disruption continues\n\n"
      "Network Rail says lines between Shrewsbury and Aberystwyth remain closed because of flooding.\n\n"
      "Posted at 10:15\n\nPower restored to 40,000 homes\n\n"
      "Northern Powergrid says it has reconnected 40,000 customers overnight.\n\n"
      "Posted at 09:58\n\n'I have never seen water this high'\n\n"
      "Resident Mark Jones, 64, told BBC Wales: \"I have never seen water this high in 30 years.\"";
  CHECK(roles_of(bbc) == std::vector<R>{R::boilerplate, R::headline, R::boilerplate, R::body, R::boilerplate,
                                        R::byline, R::byline, R::headline, R::body, R::byline, R::headline,
                                        R::body, R::byline, R::headline, R::body});
  const std::string cnn =
      "Live updates: Senate votes on stopgap funding bill\n\n"
      "By Kara Scannell and Maureen Chowdhury, CNN\n\nWhat we're covering\n\n"
      "The Senate is voting on a bill to fund the government through March.\n\n"
      "8:57 p.m. ET, December 5, 2026\n\nSchumer says deal is \"the best we could get\"\n\n"
      "Senate Majority Leader Chuck Schumer said the bill was \"the best we could get\".\n\n"
      "8:30 p.m. ET, December 5, 2026\n\nHouse passed the bill earlier in the day\n\n"
      "The House voted 366-34 to approve the measure, sending it to the Senate.";
  CHECK(roles_of(cnn) == std::vector<R>{R::headline, R::byline, R::boilerplate, R::body, R::byline, R::headline,
                                        R::body, R::byline, R::headline, R::body});
}

TEST_CASE("a Guardian live page: its reporters under its stamp, each entry's author between time and headline",
          "[structure]") {
  using R = lede::ParagraphRole;
  const std::string text =
      "Israel-Gaza war live: ceasefire talks resume in Cairo as aid convoy reaches Rafah\n\n"
      "Live\nUpdated 15.07 GMT\n\n"
      "Bethan McKernan in Jerusalem and Tom Ambrose (now) and L\xC3\xA9onie Chao-Fong (earlier)\n\n"
      "Sun 6 Dec 2026 15.07 GMT\n\n"
      "14.32 GMT\nTom Ambrose\n\nUN says 40 lorries crossed\n\n"
      "The UN's humanitarian office said 40 lorries had crossed at Rafah on Sunday.\n\n"
      "13.58 GMT\nL\xC3\xA9onie Chao-Fong\n\nNetanyahu: 'We will not stop'\n\n"
      "Benjamin Netanyahu told his cabinet: \"We will not stop until all the hostages are home.\"\n\n"
      "Share\nReuse this content";
  CHECK(roles_of(text) == std::vector<R>{R::headline, R::boilerplate, R::byline, R::byline, R::byline, R::byline,
                                         R::byline, R::headline, R::body, R::byline, R::byline, R::headline, R::body,
                                         R::boilerplate, R::boilerplate});
}

TEST_CASE("a BBC copy's reporter above their desk is its byline; a press release's \"ENDS\" boilerplate",
          "[structure]") {
  using R = lede::ParagraphRole;
  CHECK(roles_of("Skip to content\nHome\nNews\n\nHospital waiting list falls for third month in a row\n\n"
                 "2 hours ago\nShare\n\nNick Triggle\nHealth correspondent\n\n"
                 "The waiting list for hospital treatment in England has fallen for the third month in a row.\n\n"
                 "ENDS") == std::vector<R>{R::boilerplate, R::boilerplate, R::boilerplate, R::headline,
                                          R::boilerplate, R::boilerplate, R::byline, R::byline, R::body,
                                          R::boilerplate});
  // A standfirst between a byline and a date is no credit of names.
  CHECK(roles_of("Budget faces its first test\n\nBy Jane Doe\n\nThe government's plan and its critics\n\n"
                 "5 December 2026\n\nThe plan was published on Monday.")[2] == R::body);
}

TEST_CASE("a live entry's credit of its reporters is its byline", "[structure]") {
  using R = lede::ParagraphRole;
  const std::string entries =
      "8:57 p.m. ET, December 5, 2026\n\nSchumer says deal is \"the best we could get\"\n\n"
      "From CNN's Ted Barrett\n\n"
      "Senate Majority Leader Chuck Schumer said the bill was \"the best we could get\".\n\n"
      "8:30 p.m. ET, December 5, 2026\n\nFrom CNN\xE2\x80\x99s Manu Raju, Haley Talbot and Ted Barrett\n\n"
      "The House voted 366-34 to approve the measure.\n\n"
      "8:10 p.m. ET, December 5, 2026\n\nFrom Kyiv's suburbs to the front line\n\nThe convoy left at dawn.";
  CHECK(roles_of(entries) == std::vector<R>{R::byline, R::headline, R::byline, R::body, R::byline, R::byline,
                                            R::body, R::byline, R::headline, R::body});
}

TEST_CASE("a printed page's running head and foot, as a copy from a PDF keeps them, are boilerplate",
          "[structure][boilerplate]") {
  using R = lede::ParagraphRole;
  const std::string text =
      "ANNUAL REPORT 2025                                              Page 3 of 48\n\n"
      "Chair's statement\n\n"
      "The board met eleven times during the year. Revenue rose 12% to \xC2\xA3" "4.2bn.\n\n"
      "Page 4 of 48";
  CHECK(roles_of(text) == std::vector<R>{R::boilerplate, R::headline, R::body, R::boilerplate});
  // A page in prose stays.
  CHECK(boilerplate_of("Talks fail.\n\nThe report says on page 3 of 48 that costs rose.").empty());
}

TEST_CASE("an email newsletter's head and foot are boilerplate; its byline no headline", "[structure][boilerplate]") {
  using R = lede::ParagraphRole;
  const std::string text =
      "View in browser\n\nAxios AM\n\nBy Mike Allen \xC2\xB7 Dec 5, 2026\n\n"
      "Smart Brevity\xE2\x84\xA2 count: 1,052 words ... 4 mins.\n\n"
      "Driving the news: Amazon said Tuesday it will put its chips in a new cluster of 400,000 processors.\n\n"
      "This newsletter was edited by Zachary Basu and copy edited by Sheryl Miller.\n\n"
      "Unsubscribe | Manage your preferences | Privacy policy";
  CHECK(roles_of(text) == std::vector<R>{R::boilerplate, R::headline, R::byline, R::boilerplate, R::body,
                                         R::boilerplate, R::boilerplate});
}

TEST_CASE("a wire's picture captions are boilerplate", "[structure][boilerplate]") {
  const std::string text =
      "Tesla recalls 700,000 vehicles over tyre pressure warning\n\n"
      "FILE PHOTO: A Tesla logo is seen at a dealership in Brussels, Belgium, March 14, 2024. "
      "REUTERS/Yves Herman/File Photo\n\n"
      "Dec 3 (Reuters) - Tesla is recalling nearly 700,000 vehicles in the United States.\n\n"
      "Photo: Workers inspect a Model Y at Tesla's factory in Gruenheide, Germany. (Getty Images)";
  const V flagged = boilerplate_of(text);
  REQUIRE(flagged.size() == 2);
  CHECK(flagged[0].rfind("FILE PHOTO:", 0) == 0);
  CHECK(flagged[1].rfind("Photo:", 0) == 0);
}

TEST_CASE("a wire story's agency under its byline, its credits and its copyright notice", "[structure][boilerplate]") {
  using R = lede::ParagraphRole;
  const std::string ap =
      "Senate passes stopgap bill hours before shutdown deadline\n\nBy LISA MARTELL and DONOVAN PIKE\n\n"
      "Associated Press\n\nWASHINGTON (AP) \xE2\x80\x94 The Senate late Friday passed a stopgap spending bill.\n\n"
      "Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, "
      "rewritten or redistributed without permission.";
  CHECK(roles_of(ap) == std::vector<R>{R::headline, R::byline, R::byline, R::body, R::boilerplate});
  // An agency's name alone is a credit only under a byline.
  CHECK(roles_of("Reuters\n\nOil prices rose on Friday.")[0] != R::byline);
  const std::string reuters =
      "LONDON, Dec 5 (Reuters) - Oil prices rose more than 3% on Friday after an attack on a tanker.\n\n"
      "(Reporting by Hannah Okafor in London and Marco Bellini in Milan; additional reporting by Yuki Tanabe in "
      "Tokyo; Editing by Peter Vance and Susan Gale)\n\nOur Standards: The Thomson Reuters Trust Principles.";
  CHECK(boilerplate_of(reuters).size() == 2);
  // Prose about copyright is no notice.
  CHECK(boilerplate_of("Copyright law has not kept up with AI, the judge said in a ruling that ran to 40 pages and "
                       "drew an appeal from both sides.").empty());
}

TEST_CASE("a call to follow a newsroom on social media and to send it stories is boilerplate",
          "[structure][boilerplate]") {
  const std::string text =
      "Officers found about 1,500 plants across three floors of the building on Tuesday.\n\n"
      "Follow BBC Yorkshire on Facebook, X (formerly Twitter) and Instagram. Send your story ideas to "
      "yorkslincs.news@bbc.co.uk.\n\n"
      "Send your story ideas to eastofengland.news@bbc.co.uk or via WhatsApp on 0800 313 4630.";
  const V flagged = boilerplate_of(text);
  REQUIRE(flagged.size() == 2);
  CHECK(flagged[0].rfind("Follow BBC", 0) == 0);
  CHECK(flagged[1].rfind("Send your", 0) == 0);
  // Prose that starts with "Follow" names no platform.
  CHECK(boilerplate_of("Follow the money, the inspector told the committee on Monday.").empty());
  CHECK(boilerplate_of("Follow-up tests on Xavier's blood showed no trace of the drug.").empty());
  CHECK(boilerplate_of("Follow our guide on xeriscaping to save water this summer.").empty());
}

TEST_CASE("a count of comments with its word first is boilerplate", "[structure][boilerplate]") {
  const V flagged = boilerplate_of(
      "Of those, 56 kept the shorter week afterwards, the researchers said on Monday.\n\nComments (312)\n\nComments 48");
  REQUIRE(flagged.size() == 2);
  CHECK(flagged[0] == "Comments (312)");
  CHECK(boilerplate_of("Comments were closed after 312 replies, the editor said on Monday.").empty());
}

TEST_CASE("a picture's credit line and its caption under it are boilerplate", "[structure][boilerplate]") {
  using R = lede::ParagraphRole;
  const std::string page =
      "Paris transport strike: Metro lines shut\n\nBy Claire Dubois\n\nGetty Images\n\n"
      "Commuters crowded on to the few trains that ran on Thursday morning\n\n"
      "Nine of Paris's 16 Metro lines were completely shut on Thursday.\n\nReuters\n\n"
      "Protesters in Marseille carried banners\n\nThe strike is expected to continue on Friday.";
  CHECK(roles_of(page) == std::vector<R>{R::headline, R::byline, R::boilerplate, R::boilerplate, R::body,
                                         R::boilerplate, R::boilerplate, R::body});
  // Above the article, an agency's name is a credit and the line under it a headline.
  CHECK(roles_of("Reuters\n\nOil prices rise on Middle East fears\n\nOil prices rose 3% on Friday.")[1] ==
        R::headline);
  // A sentence under it is the article's.
  CHECK(roles_of("By Jane Doe\n\nOil rose on Friday, traders said.\n\nReuters\n\nPrices fell later, the agency said.")
            .back() == R::body);
}

TEST_CASE("an author's name alone above the byline's date is the byline", "[structure]") {
  using R = lede::ParagraphRole;
  CHECK(roles_of("The last ferryman of the Humber\n\nFor 40 years, Dennis Cawood carried passengers across the "
                 "estuary. Now the crossing has closed\n\nMartin Fenwick\n\nSat 30 Nov 2024 07.00 GMT\n\n"
                 "Dennis Cawood was 19 when he took his first fare.") ==
        std::vector<R>{R::headline, R::body, R::byline, R::byline, R::body});
  // Not a line of other words.
  CHECK(roles_of("Ferry closes\n\nThe crossing has closed, after 40 years of service to the town.\n\nold ferry days"
                 "\n\nSat 30 Nov 2024 07.00 GMT\n\nDennis Cawood was 19.")[2] != R::byline);
}

TEST_CASE("a New York Times copy's advertisement labels alone, and a newsletter's call, are boilerplate",
          "[structure][boilerplate]") {
  using R = lede::ParagraphRole;
  // "Supported by" was the headline, and the dates under the byline body.
  const std::string text =
      "Supported by\n\nSKIP ADVERTISEMENT\n\nA Rare Manuscript by a Young Jane Austen Sells for $1.2 Million\n\n"
      "The handwritten volume had been in private hands for more than a century.\n\nShare full article\n\n"
      "By Alex Marshall\n\nReporting from London\n\nDec. 4, 2024\n\nUpdated 6:12 p.m. ET\n\n"
      "A notebook in which Jane Austen copied out stories sold at auction in London on Wednesday.\n\n"
      "Get Our Free Weekly Newsletter";
  CHECK(roles_of(text) == std::vector<R>{R::boilerplate, R::boilerplate, R::headline, R::body, R::boilerplate,
                                         R::byline, R::byline, R::byline, R::byline, R::body, R::boilerplate});
}

TEST_CASE("a reporter's name with the desk on one line, or a desk under the byline, is the byline", "[structure]") {
  using R = lede::ParagraphRole;
  CHECK(roles_of("Starmer to tell Labour conference: 'We will not flinch'\n\n"
                 "Pippa Crerar Political editor\n\nTue 29 Sep 2026 22.30 BST\n\n"
                 "Keir Starmer will use his keynote speech on Wednesday.") ==
        std::vector<R>{R::headline, R::byline, R::byline, R::body});  // the name and desk were body
  CHECK(roles_of("Former care home manager jailed\n\nBy Helen Carter\n\nCrown court reporter\n\n"
                 "A former care home manager was jailed on Friday.") ==
        std::vector<R>{R::headline, R::byline, R::byline, R::body});  // the desk was body
  // Not a sentence about an editor.
  CHECK(roles_of("Paper names new editor\n\nBy Jane Doe\n\nThe Herald Board named Sue Lee as its new editor.") ==
        std::vector<R>{R::headline, R::byline, R::body});
}

TEST_CASE("an advertisers' block of sponsored stories is boilerplate", "[structure][boilerplate]") {
  // Was an article paragraph, and "Sponsored Stories" an organization.
  const std::string text = kArticle +
                           "Sponsored Stories\n\n"
                           "Doctors stunned: this one kitchen trick melts belly fat overnight\n\n"
                           "Seniors in Texas are getting new walk-in tubs for almost nothing";
  CHECK(boilerplate_of(text) == V{"Sponsored Stories",
                                  "Doctors stunned: this one kitchen trick melts belly fat overnight",
                                  "Seniors in Texas are getting new walk-in tubs for almost nothing"});
}

TEST_CASE("a guest labeled once in capitals answers an interviewer's labeled questions", "[structure]") {
  using R = lede::ParagraphRole;
  const std::string text =
      "Wes Streeting was interviewed on Sunday about the budget.\n\n"
      "KUENSSBERG: Will you raise taxes on working people?\n\n"
      "STREETING: What I'd say is this: we will not raise taxes on working people.\n\n"
      "KUENSSBERG: But you won't rule it out?\n";
  const auto s = lede::structure::analyze(lede::text::segment(text));
  CHECK(s.roles == std::vector<R>{R::body, R::question, R::answer, R::question});
  REQUIRE(s.turns.size() == 1);
  CHECK(text.substr(s.turns[0].speaker.start, s.turns[0].speaker.size()) == "STREETING");
  // A note among the answers, not in capitals, is no turn.
  const auto note = lede::structure::analyze(lede::text::segment(
      "Q: Why now?\n\nA: Because prices keep rising.\n\nQ: And the cost?\n\nA: It is paid for.\n\n"
      "Background: The bill was first proposed in 2019 and failed twice.\n"));
  CHECK(note.roles.back() == R::body);
}

TEST_CASE("a newsletter's call as a sentence and a footer's links are boilerplate", "[structure][boilerplate]") {
  const std::string call = "Sign up for our daily newsletter to get the latest news delivered to your inbox.";
  const std::string links = "Privacy Policy | Cookie Settings | Terms of Use";
  CHECK(boilerplate_of(kArticle + call + "\n\n" + links + "\n") == V{call, links});
  SECTION("but a headline about a privacy policy, or bars between other words, are not") {
    CHECK(boilerplate_of("Privacy policy changes anger users\n\n" + kArticle).empty());
    CHECK(boilerplate_of(kArticle + "Privacy | Security | Trust in the age of AI\n").empty());
  }
}

TEST_CASE("advertisement labels, share links and calls for tips or support are boilerplate",
          "[structure][boilerplate]") {
  const V furniture = {"Advertisement - Scroll to continue", "Article continues after this advertisement",
                       "Click to share on Facebook (Opens in new window)",
                       "Get the latest news delivered to your inbox", "Got a tip? Email us at tips@example.com",
                       "Support our journalism. Donate today."};
  std::string text = kArticle;
  for (const std::string& line : furniture) text += line + "\n\n";
  CHECK(boilerplate_of(text + "Raisi also thanked Russia for its assistance.\n") == furniture);
}

TEST_CASE("a paragraph's head is its words in lower case, capitals beyond ASCII as written, at any length",
          "[structure]") {
  // Heads of every length up to the bound, lowered sixteen, eight and one
  // byte at a time: "É" (C3 89) and "ú" (C3 BA) hold bytes whose low seven
  // bits are a capital, a control byte and a colon, none of them changed.
  const std::vector<std::string> words = {"A", "Bc", "D\xC3\xA9" "f", "GHIJ", "\xC3\x91" "and\xC3\xBA",
                                          "\xC3\x89" "cole", "x", "YZ"};
  std::string text;
  for (size_t i = 0; text.size() + 8 < lede::structure::kHeadBytes; ++i) {
    if (!text.empty()) text += ' ';
    text += words[i % words.size()];
    std::string lowered = text;
    for (char& c : lowered) c = lede::text::lower_ascii(c);
    const lede::text::Document doc = lede::text::segment(text);
    const lede::structure::ParagraphTexts heads(doc);
    REQUIRE(heads.all().size() == 1);
    CHECK(heads.all()[0].head == lowered);
  }
}

TEST_CASE("a byline with a colon and a live blog's entry stamp with its age are bylines", "[structure]") {
  using R = lede::ParagraphRole;
  // Both were body.
  CHECK(roles_of("Police: 2 dead in overnight shooting\n\nBy: KPRC 2 Digital Team\n\nTwo people were killed.") ==
        std::vector<R>{R::headline, R::byline, R::body});
  CHECK(roles_of("Ukraine war live\n\n8m ago 14.05 GMT\n\nZelensky said the talks were constructive.\n\n"
                 "25m ago 13.48 GMT\n\nZakharova said Moscow had no plan.") ==
        std::vector<R>{R::headline, R::byline, R::body, R::byline, R::body});
}
