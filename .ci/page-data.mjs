// pageEvents, run in a page (page.evaluate(pageEvents)), reads the page's
// events as the page's script does: the packed data inflated, the cells of
// each event's row of the CSV table by column, with what the row does not
// say beside them.
export async function pageEvents() {
  const unpack = (id) => {
    const bytes = Uint8Array.from(atob(document.getElementById(id).textContent), (c) => c.charCodeAt(0));
    return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).json();
  };
  const header = JSON.parse(document.getElementById('csv-header').textContent);
  return ((await unpack('timeline-data')) || []).map((e) => {
    const cell = Object.fromEntries(header.map((h, i) => [h, e.row[i]]));
    return { ...e, id: cell.id, type: cell.type, status: cell.status, note: cell.note };
  });
}
