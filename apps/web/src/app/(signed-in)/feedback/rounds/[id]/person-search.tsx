"use client";

import { useApolloClient } from "@apollo/client/react";
import { useEffect, useId, useState } from "react";
import { Avatar } from "@/components/person/person-card";
import { graphql } from "@/gql";
import page from "./round-page.module.css";

const PeopleSearchQuery = graphql(`
  query FeedbackPeopleSearch($search: String!) {
    employees(filter: { search: $search }, first: 8) {
      edges {
        node {
          id
          name
          title
          department
        }
      }
    }
  }
`);

export interface PersonChoice {
  id: string;
  name: string;
  title: string;
}

/**
 * Finds a colleague by name, email or title in the directory (everyone signed in may read it).
 * Results are plain buttons under the box, so Tab and Enter choose one; the count is announced.
 * People who can't be chosen (already asked, the subject) are listed with the reason, disabled.
 */
export function PersonSearch({
  unavailable,
  onChoose,
  describedBy,
}: {
  /** Why someone can't be chosen, by id. */
  unavailable: Map<string, string>;
  onChoose: (person: PersonChoice) => void;
  describedBy?: string;
}) {
  const client = useApolloClient();
  const id = useId();
  const [search, setSearch] = useState("");
  const [results, setResults] = useState<(PersonChoice & { department: string })[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const term = search.trim();
    if (term.length < 2) {
      setResults(null);
      return;
    }
    let current = true;
    // Debounced, and only the newest answer counts.
    const timer = setTimeout(() => {
      client
        .query({ query: PeopleSearchQuery, variables: { search: term }, fetchPolicy: "network-only" })
        .then(({ data }) => {
          if (!current) return;
          setFailed(false);
          setResults(data?.employees.edges.map(({ node }) => node) ?? []);
        })
        .catch(() => {
          if (current) setFailed(true);
        });
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, search]);

  const status = failed
    ? "Searching is not possible right now."
    : results === null
      ? ""
      : results.length === 0
        ? "Nobody matches."
        : `${results.length} ${results.length === 1 ? "person matches" : "people match"}.`;

  return (
    <div className={page.search}>
      <div className="field">
        <label htmlFor={`${id}-search`}>Find a colleague</label>
        <input
          id={`${id}-search`}
          type="search"
          value={search}
          autoComplete="off"
          placeholder="Name, email or title"
          aria-describedby={[describedBy, `${id}-status`].filter(Boolean).join(" ")}
          onChange={(event) => setSearch(event.target.value)}
        />
        <p id={`${id}-status`} className="field-hint" role="status">
          {status}
        </p>
      </div>
      {results?.length ? (
        <ul className={page.results} aria-label="Matching colleagues">
          {results.map((person) => {
            const reason = unavailable.get(person.id);
            return (
              <li key={person.id}>
                <button
                  type="button"
                  className={page.result}
                  disabled={Boolean(reason)}
                  onClick={() => {
                    onChoose(person);
                    setSearch("");
                  }}
                >
                  <Avatar name={person.name} />
                  <span className={page.resultText}>
                    <span className={page.personName}>
                      {reason ? null : <span className="visually-hidden">Choose </span>}
                      {person.name}
                    </span>
                    <span className={page.personMeta}>
                      {reason ?? `${person.title} · ${person.department}`}
                    </span>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
