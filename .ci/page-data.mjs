// pageEvents, run in a page (page.evaluate(pageEvents)), reads the page's
// events as the page's script does: the cells of each event's row of the
// CSV table by column, with what the row does not say beside them.
export function pageEvents() {
  const json = (id) => JSON.parse(document.getElementById(id).textContent);
  const header = json('csv-header');
  return (json('timeline-data') || []).map((e) => {
    const cell = Object.fromEntries(header.map((h, i) => [h, e.row[i]]));
    return { ...e, id: cell.id, type: cell.type, status: cell.status, note: cell.note };
  });
}
