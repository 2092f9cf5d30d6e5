package rules

import (
	"strings"

	"huiwu/data"
)

// mayorFlags49 are the properties that send a document to the 市长 under
// clause 四十九: requests and important reports to higher government,
// matters for the 人大及其常委会, and normative documents of city-wide effect
// or touching people's direct interests.
var mayorFlags49 = map[data.DocFlag]string{
	data.FlagToHigherGov: "向上级政府的请示、重要报告",
	data.FlagNPC:         "提请人大及其常委会审议的事项",
	data.FlagCityWide:    "涉及全市的规范性文件",
	data.FlagPeople:      "涉及群众切身利益的规范性文件",
}

// mayorFlags8 map a document's flags to clause 八's report-to-mayor matters.
var mayorFlags8 = map[data.DocFlag]MayorMatter{
	data.FlagNewPolicy:     MatterNewPolicy,
	data.FlagBigInvestment: MatterBigInvestment,
	data.FlagBorrowing:     MatterBorrowing,
	data.FlagEmergency:     MatterEmergency,
	data.FlagFinance:       MatterFinance,
	data.FlagNewBody:       MatterNewBody,
}

// reason8 is the wording RouteMatter gives a report-to-mayor route; a route
// under 四十九 says why in its own words instead.
const reason8 = "涉及须向市长报告的事项，呈市长（第八条）"

// RouteDocument applies clause 四十九 on top of 八 and 六: after the office's
// handling opinion a document goes to the 分管 leader of its unit, or to the
// 市长 when it is one of 四十九's matters or carries a clause-八 flag — and
// while the 市长 is away on a delegation, to the delegate. The leader choice
// is RouteMatter's; this only adds 四十九's matters and words.
func RouteDocument(d data.Document, in RouteInput) (Route, error) {
	in.UnitID = d.UnitID
	in.Matters = nil
	var why49 []string
	for _, f := range d.Flags {
		if m, ok := mayorFlags8[f]; ok {
			in.Matters = append(in.Matters, m)
		}
		if w, ok := mayorFlags49[f]; ok {
			if (f == data.FlagCityWide || f == data.FlagPeople) && d.Kind != data.DocNormative {
				continue // 四十九 names these for normative documents only
			}
			why49 = append(why49, w)
		}
	}
	if len(why49) > 0 && len(in.Matters) == 0 {
		in.Matters = []MayorMatter{"clause49"} // any flag sends RouteMatter to the 市长
	}
	r, err := RouteMatter(in)
	if err != nil {
		return r, err
	}
	if len(why49) > 0 {
		r.Reason = strings.Replace(r.Reason, reason8, "属"+strings.Join(why49, "、")+"，呈市长（第四十九条）", 1)
	}
	return r, nil
}
