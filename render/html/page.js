// The page's script: charts, table, details, permalinks. Article text is only
// ever put into the page with textContent; links only for http(s) URLs.
(function () {
  "use strict";
  function json(id) { return JSON.parse(document.getElementById(id).textContent); }
  // The events, their articles, the world map and the libraries are
  // packed: gzip-compressed in base64, which the browser inflates.
  function inflate(id) {
    var bin = atob(document.getElementById(id).textContent), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).text();
  }
  function unpack(id) {
    return document.getElementById(id) ? inflate(id).then(JSON.parse) : null;
  }
  // a library runs as an inline script of the page; one that cannot is
  // left out, and the page says so where it would have drawn
  function run(id) {
    if (!document.getElementById(id)) return null;
    return inflate(id).then(function (code) {
      var s = document.createElement("script");
      s.textContent = code;
      document.head.appendChild(s);
    }, function () {});
  }
  Promise.all([run("lib-echarts"), run("lib-topojson"), unpack("world"), unpack("timeline-data"), unpack("timeline-refs")])
    .then(function (d) { show(d[3], d[4], d[2]); }, function (err) {
      document.getElementById("shown").textContent = "This browser cannot read the events of the page (" + err + ").";
    });

  function show(data, refs, world) {
    // Each event of the data is its row of the CSV table and what the row
    // does not say as the page shows it; its sources point into the
    // articles of the refs, said once for the page.
    var header = json("csv-header");
    var events = (data || []).map(function (e) {
      var cell = {};
      header.forEach(function (h, i) { cell[h] = e.row[i]; });
      e.id = cell.id;
      e.title = e.title || cell.title;
      e.place = e.place || cell.place;
      if (cell.lat && cell.lon) e.geo = [Number(cell.lon), Number(cell.lat)];
      e.type = cell.type;
      e.label = refs.labels[e.type] || e.type;
      e.precision = cell.precision;
      e.status = cell.status;
      e.note = cell.note;
      e.date = cell.start ? cell.start + (cell.end !== cell.start ? " – " + cell.end : "") : "undated";
      e.year = e.start ? e.start.slice(0, 4) : "";
      e.countries = cell.countries ? cell.countries.split(";") : [];
      e.sources = e.sources.map(function (s) {
        var a = refs.articles[s.article] || {};
        return { ref: s.article, article: a.id, url: a.url, language: a.language, outlet: a.outlet, title: a.title, published: a.published, quote: s.quote };
      });
      return e;
    });
    var byId = {};
    events.forEach(function (e, i) { byId[e.id] = i; });

    function el(tag, attrs, text) {
      var n = document.createElement(tag);
      if (attrs) Object.keys(attrs).forEach(function (k) { n.setAttribute(k, attrs[k]); });
      if (text !== undefined && text !== null) n.textContent = String(text);
      return n;
    }
    function safeURL(u) { return /^https?:\/\//i.test(u || "") ? u : ""; }
    // the viewer's day: a plan whose days are over since the page was built
    // is not confirmed either
    var today = new Date().toISOString().slice(0, 10);
    function overdue(e) {
      return e.status === "planned" && e.note !== "cancelled" && (e.unconfirmed || (e.last && e.last < today));
    }
    function statusOf(e) { // "held", "planned", "postponed", "cancelled", "planned, not confirmed"
      return (e.note || e.status) + (overdue(e) ? ", not confirmed" : "");
    }
    function esc(s) { // for ECharts tooltips, which take HTML
      return String(s).replace(/[&<>"']/g, function (c) {
        return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
      });
    }

    // Feeds: the webcal:// form needs the page's own address.
    if (/^https?:$/.test(location.protocol)) {
      document.querySelectorAll(".feed").forEach(function (f) {
        var url = new URL(f.getAttribute("data-path"), location.href), name = f.querySelector("a").textContent;
        var web = el("a", { href: "webcal://" + url.host + url.pathname, class: "alt", title: "subscribe in a calendar app",
          "aria-label": "Subscribe to " + name + " in a calendar app (webcal)" }, "webcal");
        var https = el("a", { href: url.href, class: "alt", title: "the feed's address, to paste into a calendar",
          "aria-label": "The address of " + name + ", to paste into a calendar" }, url.protocol.replace(":", ""));
        f.appendChild(web);
        f.appendChild(https);
      });
    }

    // every type's colour, as the time chart's option gives it
    var typeColors = {};
    (json("option-timechart").series || []).forEach(function (s) {
      if (s.itemStyle && s.itemStyle.color) typeColors[s.name] = s.itemStyle.color;
    });

    // ---- table ----
    var q = document.getElementById("q"), fType = document.getElementById("f-type"),
        fCountry = document.getElementById("f-country"), fYear = document.getElementById("f-year"),
        fStatus = document.getElementById("f-status"), fOrder = document.getElementById("f-order"),
        rows = document.getElementById("rows"),
        shown = document.getElementById("shown"), more = document.getElementById("more");
    var pageSize = 100, pageAt = 0, open = {};

    function options(select, values) {
      values.forEach(function (v) { select.appendChild(el("option", { value: v[0] }, v[1])); });
    }
    function distinct(f) {
      var seen = {}, out = [];
      events.forEach(function (e) { f(e).forEach(function (v) { if (v[0] && !seen[v[0]]) { seen[v[0]] = 1; out.push(v); } }); });
      return out.sort(function (a, b) { return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0; });
    }
    options(fType, distinct(function (e) { return [[e.type, e.label]]; }));
    var countryNames = json("country-names") || {};
    options(fCountry, distinct(function (e) {
      return e.countries.map(function (c) { return [c, countryNames[c] ? countryNames[c] + " (" + c + ")" : c]; });
    }));
    options(fYear, distinct(function (e) { return [[e.year || "", e.year || ""]]; }).reverse());

    var haystack = events.map(function (e) {
      return [e.title, e.label, e.date, e.place, e.status, e.note || "", e.names.join(" "), e.countries.join(" "),
        e.sources.map(function (s) { return s.quote + " " + s.article; }).join(" ")].join(" ").toLowerCase();
    });

    function matches(e, i) {
      var t = q.value.trim().toLowerCase();
      if (t && t.split(/\s+/).some(function (w) { return haystack[i].indexOf(w) < 0; })) return false;
      if (fType.value && e.type !== fType.value) return false;
      if (fCountry.value && e.countries.indexOf(fCountry.value) < 0) return false;
      if (fYear.value && e.year !== fYear.value) return false;
      if (fStatus.value && e.status !== fStatus.value) return false;
      return true;
    }

    function details(e) {
      var td = el("td", { colspan: "5", id: "details-" + e.id });
      if (e.names.length) td.appendChild(el("p", null, "Participants: " + e.names.join(", ")));
      if (e.note) td.appendChild(el("p", null, "Note: " + e.note));
      if (e.moved_from) td.appendChild(el("p", null, "Moved from: " + e.moved_from.join(", ")));
      if (e.corrected) td.appendChild(el("p", { class: "corrected" }, "Corrected by the editor" + (e.editor_note ? ": " + e.editor_note : ".")));
      (e.disagree || []).forEach(function (d) { td.appendChild(el("p", null, "Sources disagree — " + d)); });
      // "Kun.uz, 14 Nov 2025 — «quote» «another»", the outlet linked to
      // the article, each article once; articles that say the same words
      // (reprints) share a paragraph: "Kun.uz, 14 Nov 2025; Daryo — «quote»"
      var quotes = {}, articles = [], cited = [], byQuotes = {};
      e.sources.forEach(function (s) {
        if (!quotes[s.ref]) { quotes[s.ref] = []; articles.push(s); }
        quotes[s.ref].push(s.quote);
      });
      articles.forEach(function (s) {
        var key = JSON.stringify(quotes[s.ref]);
        if (!byQuotes[key]) cited.push(byQuotes[key] = { articles: [], quotes: quotes[s.ref], language: s.language });
        byQuotes[key].articles.push(s);
      });
      cited.forEach(function (c) {
        var p = el("p", { class: "src" });
        c.articles.forEach(function (s, i) {
          var u = safeURL(s.url), who = s.outlet || s.article;
          if (i) p.appendChild(document.createTextNode("; "));
          if (u) p.appendChild(el("a", { href: u, rel: "noopener noreferrer", target: "_blank", title: s.title || who }, who));
          else p.appendChild(el("span", s.title ? { title: s.title } : null, who));
          if (s.published) p.appendChild(document.createTextNode(", " + s.published));
        });
        p.appendChild(document.createTextNode(" — "));
        c.quotes.forEach(function (q, i) {
          if (i) p.appendChild(document.createTextNode(" "));
          p.appendChild(el("q", c.language ? { lang: c.language } : null, q));
        });
        td.appendChild(p);
      });
      td.appendChild(el("p", { class: "event-id" }, "Event id " + e.id + " (for corrections.yaml)"));
      var tr = el("tr", { class: "details" });
      tr.appendChild(td);
      return tr;
    }

    // a row: the title is a button that opens and closes the event's
    // details (from the keyboard too); a click anywhere else on the row
    // does the same
    function row(e) {
      var tr = el("tr", { id: "event-" + e.id, class: "event" });
      tr.appendChild(el("td", { "data-label": "Date" }, e.date));
      var t = el("td", { "data-label": "Event" });
      t.appendChild(el("span", { class: "type", style: "border-left-color: " + (typeColors[e.label] || "#555") }, e.label));
      var b = el("button", { type: "button", class: "open", "aria-expanded": open[e.id] ? "true" : "false", "aria-controls": "details-" + e.id, "data-id": e.id }, e.title);
      t.appendChild(b);
      if (e.corrected) t.appendChild(el("span", { class: "badge", title: e.editor_note || "corrected by the editor" }, "corrected"));
      t.appendChild(el("a", { href: "#event-" + e.id, class: "permalink", "aria-label": "Link to this event: " + e.title, title: "link to this event" }, "#"));
      tr.appendChild(t);
      tr.appendChild(el("td", { "data-label": "Place" }, e.place || ""));
      var status = statusOf(e);
      tr.appendChild(el("td", { class: overdue(e) ? "unconfirmed" : e.status, "data-label": "Status" }, status));
      tr.appendChild(el("td", { "data-label": "Sources" }, String(e.sources.length)));
      tr.addEventListener("click", function (ev) {
        if (ev.target.tagName === "A") return;
        toggle(e.id);
      });
      return tr;
    }
    function toggle(id) {
      open[id] = !open[id];
      render();
      var b = rows.querySelector('button.open[data-id="' + id + '"]');
      if (b) b.focus(); // the focus stays where it was
    }

    // the events' indices in the order asked: by date, oldest or newest
    // first, the undated last
    function order() {
      var all = events.map(function (e, i) { return i; });
      if (fOrder.value !== "desc") return all;
      var dated = all.filter(function (i) { return events[i].date !== "undated"; });
      return dated.reverse().concat(all.slice(dated.length));
    }

    // the events the filters let through, in the order asked
    function shownEvents() { return order().filter(function (i) { return matches(events[i], i); }); }

    // render draws one page of the events shown, and the pager
    function render() {
      var list = shownEvents(), pages = Math.max(1, Math.ceil(list.length / pageSize));
      pageAt = Math.min(pageAt, pages - 1);
      var frag = document.createDocumentFragment();
      list.slice(pageAt * pageSize, (pageAt + 1) * pageSize).forEach(function (i) {
        var e = events[i], r = row(e);
        if (location.hash === "#event-" + e.id) r.classList.add("target");
        frag.appendChild(r);
        if (open[e.id]) frag.appendChild(details(e));
      });
      rows.textContent = "";
      rows.appendChild(frag);
      shown.textContent = list.length + " of " + events.length + " events";
      more.textContent = "";
      if (pages > 1) {
        var go = function (p, label, off) {
          var b = el("button", { type: "button" }, label);
          b.disabled = off;
          b.addEventListener("click", function () { pageAt = p; render(); rows.closest("table").scrollIntoView(); });
          more.appendChild(b);
        };
        go(0, "first", pageAt === 0);
        go(pageAt - 1, "previous", pageAt === 0);
        more.appendChild(el("span", { "aria-live": "polite" }, " page " + (pageAt + 1) + " of " + pages + " "));
        go(pageAt + 1, "next", pageAt === pages - 1);
        go(pages - 1, "last", pageAt === pages - 1);
      }
    }
    // the events shown (every one, however many pages of the table) as CSV
    // (RFC 4180): the rows the build wrote for them
    function csvCell(s) { return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; }
    function csvLine(cells) { return cells.map(csvCell).join(",") + "\r\n"; }
    document.getElementById("csv").addEventListener("click", function () {
      var out = csvLine(header);
      order().forEach(function (i) { if (matches(events[i], i)) out += csvLine(events[i].row); });
      var a = el("a", { href: URL.createObjectURL(new Blob([out], { type: "text/csv;charset=utf-8" })), download: "timeline.csv" });
      document.body.appendChild(a);
      a.click();
      a.remove();
    });
    [q, fType, fCountry, fYear, fStatus, fOrder].forEach(function (x) {
      x.addEventListener("input", function () { pageAt = 0; render(); });
    });

    // openEvent opens event i on its page of the table; the search and the
    // filters stay unless they hide it
    function openEvent(i) {
      var e = events[i];
      if (!e) return;
      if (!matches(e, i)) { q.value = ""; fType.value = ""; fCountry.value = ""; fYear.value = ""; fStatus.value = ""; }
      open[e.id] = true;
      pageAt = Math.floor(shownEvents().indexOf(i) / pageSize);
      if (location.hash !== "#event-" + e.id) history.replaceState(null, "", "#event-" + e.id);
      render();
      var r = document.getElementById("event-" + e.id);
      if (r) r.scrollIntoView({ block: "start" }); // below the table's header: see scroll-margin-top
    }
    function fromHash() {
      var m = /^#event-(.+)$/.exec(location.hash);
      if (m && byId[m[1]] !== undefined) openEvent(byId[m[1]]); else render();
    }
    window.addEventListener("hashchange", fromHash);
    fromHash();

    // ---- agenda: what is coming, by date, then the latest held ----
    function agenda(id, list, none) {
      var ol = document.getElementById(id);
      if (!ol) return;
      if (!list.length) ol.appendChild(el("li", null, none));
      list.forEach(function (i) {
        var e = events[i], li = el("li");
        li.appendChild(el("span", { class: "when" }, e.date));
        li.appendChild(document.createTextNode(" "));
        li.appendChild(el("a", { href: "#event-" + e.id }, e.title));
        var st = statusOf(e);
        if (st !== "held") li.appendChild(el("span", { class: "status " + e.status }, st));
        ol.appendChild(li);
      });
    }
    var upcoming = [], latest = [];
    events.forEach(function (e, i) { // in date order
      if (!e.start) return;
      if (e.status === "planned" && e.note !== "cancelled" && e.last >= today) upcoming.push(i);
      else if (e.status === "held" && e.start <= today) latest.push(i);
    });
    agenda("upcoming", upcoming.slice(0, 10), "Nothing announced ahead.");
    agenda("latest", latest.slice(-10).reverse(), "No event held yet.");

    // ---- search every event: timeline serve answers /search; a page opened
    // from a folder has only its own events ----
    var all = document.getElementById("search-all");
    if (all && /^https?:$/.test(location.protocol)) {
      all.hidden = false;
      all.querySelector("form").addEventListener("submit", function () {
        var q = document.getElementById("q-all").value, hits = document.getElementById("all-hits"),
            said = document.getElementById("all-shown");
        hits.textContent = "";
        said.textContent = "";
        if (!q.trim()) return;
        fetch("search?q=" + encodeURIComponent(q)).then(function (r) {
          if (!r.ok) throw new Error(r.status);
          return r.json();
        }).then(function (res) {
          said.textContent = res.total + (res.total === 1 ? " event" : " events") +
            (res.total > res.hits.length ? ", the latest " + res.hits.length + " shown" : "");
          res.hits.forEach(function (h) {
            var li = el("li");
            li.appendChild(el("span", { class: "when" }, h.date));
            li.appendChild(document.createTextNode(" "));
            li.appendChild(el("a", { href: h.url }, h.title));
            if (h.place) li.appendChild(el("span", { class: "status" }, h.place));
            hits.appendChild(li);
          });
        }).catch(function () { said.textContent = "Searching every event needs the site served by timeline serve."; });
      });
    }

    // ---- charts ----
    if (typeof echarts === "undefined") {
      document.querySelectorAll(".echart").forEach(function (d) { d.textContent = "ECharts could not be loaded: the charts are not drawn."; });
      return;
    }
    function tip(e) {
      return "<b>" + esc(e.title) + "</b><br>" + esc(e.label) + " · " + esc(e.date) +
        (e.precision && e.precision !== "day" ? " (" + esc(e.precision) + ")" : "") +
        (e.place ? "<br>" + esc(e.place) : "") +
        (e.names.length ? "<br>" + esc(e.names.slice(0, 8).join(", ")) + (e.names.length > 8 ? " …" : "") : "") +
        "<br>" + e.sources.length + (e.sources.length === 1 ? " source" : " sources") +
        (e.status !== "held" ? " · " + esc(statusOf(e)) : "");
    }
    // With thousands of events, points pile up into solid bands: the time
    // chart shows how many events each month holds instead, stacked by group.
    // An overview holds only the counts.
    var overview = document.body.hasAttribute("data-overview");
    var monthCounts = json("month-counts") || {};
    var dense = overview || events.length > 2000;
    function perMonth(by) {
      return (monthCounts[by] || []).map(function (c) {
        var s = { name: c.name, type: "bar", stack: "all", barMaxWidth: 14, large: true, data: c.data };
        if (typeColors[c.name]) s.itemStyle = { color: typeColors[c.name] };
        return s;
      });
    }
    function byCountryOf(e) { return e.countries.length ? e.countries.map(function (c) { return countryNames[c] || c; }) : ["—"]; }
    function byLabelOf(e) { return [e.label]; }
    var setup = {
      timechart: function (o) {
        if (dense) {
          // a month's counts, every group of it, wherever the pointer is over the month
          o.tooltip.trigger = "axis";
          o.tooltip.formatter = function (ps) {
            ps = [].concat(ps).filter(function (p) { return p.value && p.value[1]; });
            if (!ps.length) return "";
            var n = ps.reduce(function (a, p) { return a + p.value[1]; }, 0);
            return "<b>" + esc(ps[0].value[0]) + "</b>: " + n + (n === 1 ? " event" : " events") + "<br>" +
              ps.map(function (p) { return esc(p.seriesName) + ": " + p.value[1]; }).join("<br>");
          };
          o.series = todayLine(perMonth("type"));
          o.yAxis = { type: "value", name: "events a month" };
          return;
        }
        o.tooltip.formatter = function (p) { return tip(events[p.value[2]]); };
        // the option names the series by type; their points are the events
        var byLabel = points(byLabelOf);
        (o.series || []).forEach(function (s) { s.data = byLabel[s.name] || []; });
        todayLine(o.series);
      },
      heatmap: function (o) {
        o.tooltip.formatter = function (p) { return esc(p.value[0]) + ": " + p.value[1] + (p.value[1] === 1 ? " event" : " events"); };
      },
      map: function (o) {
        if (!world || typeof topojson === "undefined") return false;
        echarts.registerMap("world", topojson.feature(world, world.objects.countries));
        o.tooltip.formatter = function (p) {
          if (!p.value) return esc(p.name);
          var ids = p.value[3] || [];
          return "<b>" + esc(p.name) + "</b>: " + p.value[2] + (p.value[2] === 1 ? " event" : " events") + "<br>" +
            ids.slice(0, 6).map(function (i) { return esc(events[i].date + " " + events[i].label); }).join("<br>") +
            (ids.length > 6 ? "<br>…" : "");
        };
        // the option holds each place with its count; its events are found
        // in the data
        var at = {};
        if (!overview) events.forEach(function (e, i) { // an overview's events are only its agenda
          if (!e.geo) return;
          var k = e.geo[0] + "," + e.geo[1];
          (at[k] = at[k] || []).push(i);
        });
        (o.series || []).forEach(function (s) {
          s.symbolSize = function (v) { return 6 + 4 * Math.sqrt(v[2]); };
          (s.data || []).forEach(function (d) { d.value[3] = at[d.value[0] + "," + d.value[1]] || []; });
        });
      },
      graph: function (o) {
        o.tooltip.formatter = function (p) {
          return p.dataType === "edge" ? esc(p.data.source + " — " + p.data.target) + ": " + p.data.value + " shared events"
            : esc(p.name) + ": " + p.value + " events";
        };
      }
    };
    // the time chart's points of the dated events, by the groups of each
    // (its type, or its countries): an event is a point in each of its groups
    function points(groups) {
      var series = {};
      events.forEach(function (e, i) {
        if (!e.start) return;
        groups(e).forEach(function (g) {
          (series[g] = series[g] || []).push({ name: e.title, value: [e.start, g, i], symbolSize: 8 + 3 * Math.min(e.sources.length, 6) });
        });
      });
      return series;
    }
    // the time chart by type (as the option names it) or by country
    function byCountry() {
      if (dense) return todayLine(perMonth("country"));
      var series = points(byCountryOf);
      series = Object.keys(series).sort().map(function (c) {
        var s = { name: c, type: "scatter", data: series[c] };
        if (series[c].length > 2000) { s.large = true; s.largeThreshold = 2000; }
        return s;
      });
      return todayLine(series);
    }
    // a dashed line at today across the time chart, on its first series
    function todayLine(series) {
      if (series && series.length) {
        series[0].markLine = { silent: true, symbol: "none", animation: false, data: [{ xAxis: today }],
          label: { formatter: "today", position: "end" }, lineStyle: { color: "#b03a2e", type: "dashed" } };
      }
      return series;
    }
    var instances = [];
    document.querySelectorAll(".echart").forEach(function (div) {
      var o = json("option-" + div.id);
      o.tooltip = o.tooltip || {};
      if (setup[div.id] && setup[div.id](o) === false) {
        div.style.height = "auto";
        div.textContent = "The world map is not embedded in this build: the map is not drawn.";
        return;
      }
      o.animation = events.length < 2000;
      var c = echarts.init(div, null, { renderer: "canvas" });
      c.setOption(o);
      c.on("click", function (p) {
        if (div.id === "timechart" && p.value && overview) { // a month's bar: the page of its events
          var m = p.value[0].slice(0, 7), pages = monthCounts.pages || {}, to = pages[m] || pages[m.slice(0, 4)];
          if (to) location.href = to;
          return;
        }
        if (div.id === "timechart" && p.value && dense) { // a month's bar: its events in the table
          fYear.value = p.value[0].slice(0, 4);
          fType.value = "";
          events.some(function (e) { if (e.label === p.seriesName) { fType.value = e.type; return true; } return false; });
          pageAt = 0;
          render();
          rows.closest("table").scrollIntoView();
          return;
        }
        if (div.id === "timechart" && p.value) openEvent(p.value[2]);
        if (div.id === "map" && p.value && p.value[3] && p.value[3].length) openEvent(p.value[3][0]);
      });
      instances.push(c);
      if (div.id === "timechart") {
        var byType = o.series, select = document.getElementById("groupby");
        if (select) select.addEventListener("change", function () {
          var series = select.value === "country" ? byCountry() : byType;
          if (dense) {
            c.setOption({ series: series }, { replaceMerge: ["series"] });
            return;
          }
          var cats = [];
          series.forEach(function (s) { s.data.forEach(function (d) { var k = (d.value || d)[1]; if (cats.indexOf(k) < 0) cats.push(k); }); });
          c.setOption({ series: series, yAxis: { type: "category", data: cats.sort().reverse() } }, { replaceMerge: ["series", "yAxis"] });
        });
      }
    });
    window.addEventListener("resize", function () { instances.forEach(function (c) { c.resize(); }); });
  }
})();
