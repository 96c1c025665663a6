#!/usr/bin/python3
"""SPARQL 1.1 protocol checks with external clients (SPARQLWrapper, rdflib), not Jena.

Usage: sparql_client.py http://localhost:PORT
Prints one line per check and 'sparql-client: N passed, M failed'; exits non-zero on failure.
"""
import csv
import io
import json
import sys
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import rdflib
from SPARQLWrapper import SPARQLWrapper, JSON, XML, CSV, TSV, TURTLE, RDFXML, POST, GET, POSTDIRECTLY, URLENCODED

base = sys.argv[1].rstrip("/")
endpoint = base + "/crosswalk/sparql"
SELECT = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX cw: <https://w3id.org/crosswalk/ontology#>
SELECT ?n WHERE { ?c a cw:Control ; skos:inScheme <https://w3id.org/crosswalk/id/iso42001> ; skos:notation ?n } ORDER BY ?n"""
CONSTRUCT = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
CONSTRUCT { ?c skos:prefLabel ?t } WHERE { ?c skos:inScheme <https://w3id.org/crosswalk/id/iso42001> ; skos:prefLabel ?t }"""
passed, failed = 0, 0


def check(name, fn):
    global passed, failed
    try:
        fn()
        passed += 1
        print("ok   " + name)
    except Exception as e:  # report and continue: one line per check
        failed += 1
        print("FAIL " + name + ": " + repr(e))


def select(fmt, method=GET, request=URLENCODED):
    w = SPARQLWrapper(endpoint)
    w.setQuery(SELECT)
    w.setReturnFormat(fmt)
    w.setMethod(method)
    if method == POST:
        w.setRequestMethod(request)
    return w.query()


def json_rows():
    rows = select(JSON).convert()["results"]["bindings"]
    assert len(rows) == 38, len(rows)
    assert rows[0]["n"]["value"] == "A.10.2", rows[0]


def xml_rows():
    doc = select(XML).convert()
    results = doc.getElementsByTagName("result")
    assert len(results) == 38, len(results)


def csv_rows():
    text = select(CSV).convert().decode("utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["n"] and len(rows) == 39, rows[:2]


def tsv_rows():
    text = select(TSV).convert().decode("utf-8")
    lines = [l for l in text.splitlines() if l]
    assert lines[0] == "?n" and len(lines) == 39, lines[:2]


def post_form():
    rows = select(JSON, POST, URLENCODED).convert()["results"]["bindings"]
    assert len(rows) == 38


def post_direct():
    rows = select(JSON, POST, POSTDIRECTLY).convert()["results"]["bindings"]
    assert len(rows) == 38


def construct(fmt, rdflib_format):
    w = SPARQLWrapper(endpoint)
    w.setQuery(CONSTRUCT)
    w.setReturnFormat(fmt)
    w.setOnlyConneg(True)  # content negotiation only: SPARQLWrapper's format=n3 / rdf+xml parameters are not SPARQL protocol
    raw = w.query().response.read()
    parse_titles(raw, rdflib_format)


def construct_accept(accept, rdflib_format):
    url = endpoint + "?query=" + urllib.parse.quote(CONSTRUCT)
    raw = urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": accept})).read()
    parse_titles(raw, rdflib_format)


def parse_titles(raw, rdflib_format):
    g = rdflib.Graph()
    g.parse(data=raw, format=rdflib_format)
    assert len(g) == 91, len(g)  # 43 clauses + 10 objectives + 38 controls, one title each


def rdflib_store():
    from rdflib.plugins.stores.sparqlstore import SPARQLStore
    store = SPARQLStore(endpoint)
    rows = list(store.query(SELECT))
    assert len(rows) == 38, len(rows)


def gsp_read():
    url = base + "/crosswalk?graph=" + urllib.parse.quote("https://w3id.org/crosswalk/graph/catalog/iso42001", safe="")
    req = urllib.request.Request(url, headers={"Accept": "text/turtle"})
    g = rdflib.Graph()
    g.parse(data=urllib.request.urlopen(req).read(), format="turtle")
    assert len(g) > 500, len(g)


def update_refused():
    req = urllib.request.Request(endpoint, data=b"INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }",
                                 headers={"Content-Type": "application/sparql-update"}, method="POST")
    try:
        urllib.request.urlopen(req)
        raise AssertionError("update accepted")
    except urllib.error.HTTPError as e:
        assert 400 <= e.code < 500, e.code


check("SELECT as JSON (SPARQLWrapper)", json_rows)
check("SELECT as XML", xml_rows)
check("SELECT as CSV", csv_rows)
check("SELECT as TSV", tsv_rows)
check("POST form-encoded query", post_form)
check("POST direct query", post_direct)
check("CONSTRUCT as Turtle", lambda: construct(TURTLE, "turtle"))
check("CONSTRUCT as N-Triples", lambda: construct_accept("application/n-triples", "nt"))
check("CONSTRUCT as JSON-LD", lambda: construct_accept("application/ld+json", "json-ld"))
check("CONSTRUCT as RDF/XML", lambda: construct(RDFXML, "xml"))
check("rdflib SPARQLStore", rdflib_store)
check("Graph Store Protocol read", gsp_read)
check("SPARQL Update refused", update_refused)
print("sparql-client: %d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
