// The pages' little behaviour, without inline script (the Content-Security-Policy forbids it): sortable tables,
// filtered tables and print buttons. Every page works without it.
'use strict';

document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('table.sortable').forEach(makeSortable);
  document.querySelectorAll('[data-filter-table]').forEach(input => {
    const table = document.getElementById(input.dataset.filterTable);
    input.addEventListener('input', () => filter(table, input.value));
  });
  document.querySelectorAll('[data-print]').forEach(button => button.addEventListener('click', () => window.print()));
});

/** A click on a column's head sorts the rows by it, numbers as numbers (a cell's data-sort if it has one). */
function makeSortable(table) {
  const heads = table.tHead.rows[0].cells;
  Array.from(heads).forEach((head, column) => head.addEventListener('click', () => {
    const ascending = head.getAttribute('aria-sort') !== 'ascending';
    Array.from(heads).forEach(h => h.removeAttribute('aria-sort'));
    head.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    const body = table.tBodies[0];
    const rows = Array.from(body.rows);
    rows.sort((a, b) => compare(key(a.cells[column]), key(b.cells[column])) * (ascending ? 1 : -1));
    rows.forEach(row => body.appendChild(row));
  }));
}

function key(cell) {
  const text = cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent.trim();
  const number = Number(text);
  return text !== '' && !Number.isNaN(number) ? number : text.toLowerCase();
}

function compare(a, b) {
  if (typeof a === 'number' && typeof b === 'number') {
    return a - b;
  }
  return String(a).localeCompare(String(b));
}

/** Shows only the rows whose text contains every word typed. */
function filter(table, text) {
  const words = text.toLowerCase().split(/\s+/).filter(w => w);
  Array.from(table.tBodies[0].rows).forEach(row => {
    const content = row.textContent.toLowerCase();
    row.hidden = !words.every(w => content.includes(w));
  });
}
