"use client";

import { useApolloClient } from "@apollo/client/react";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { useEffect, useRef, useState } from "react";
import { FieldMessage } from "@/components/form/field-message";
import { formatMoment } from "@/components/goal/goal-format";
import { graphql } from "@/gql";
import { apiErrorMessage, apiFieldErrors } from "@/lib/apollo/errors";
import { describedBy } from "@/lib/forms/field-errors";
import styles from "./check-ins.module.css";

export const GoalCheckInCommentFields = graphql(`
  fragment GoalCheckInComment on CheckInComment {
    id
    body
    createdAt
    author {
      id
      name
    }
  }
`);

const AddCommentMutation = graphql(`
  mutation AddCheckInComment($input: AddCheckInCommentInput!) {
    addCheckInComment(input: $input) {
      ...GoalCheckInComment
    }
  }
`);

type Comment = ResultOf<typeof GoalCheckInCommentFields>;

/**
 * The conversation under a check-in, oldest first, and a box to answer when the API says the
 * viewer may (`viewerCanComment`). A new comment is added in place: nothing else on the page moves.
 */
export function CheckInComments({
  checkInId,
  comments,
  canComment,
}: {
  checkInId: string;
  comments: Comment[];
  canComment: boolean;
}) {
  const client = useApolloClient();
  const [added, setAdded] = useState<Comment[]>([]);
  const [body, setBody] = useState("");
  const [error, setError] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [pending, setPending] = useState(false);
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  // Focus follows the box: into it when it opens, back to its button when it closes.
  const [moveFocus, setMoveFocus] = useState(false);
  useEffect(() => {
    if (!moveFocus) return;
    (open ? box.current : opener.current)?.focus();
    setMoveFocus(false);
  }, [open, moveFocus]);
  const known = new Set(comments.map((comment) => comment.id));
  const all = [...comments, ...added.filter((comment) => !known.has(comment.id))];
  const boxId = `comment-${checkInId}`;

  async function send() {
    setError(undefined);
    setProblem(undefined);
    if (!body.trim()) {
      setError("Write a comment first.");
      box.current?.focus();
      return;
    }
    setPending(true);
    try {
      const { data } = await client.mutate({
        mutation: AddCommentMutation,
        variables: { input: { checkInId, body: body.trim() } },
      });
      const comment = data?.addCheckInComment;
      if (comment) setAdded((previous) => [...previous, comment]);
      setBody("");
      close();
    } catch (failure) {
      const field = apiFieldErrors(failure).find((f) => f.field === "input.body");
      if (field) setError(field.message);
      else setProblem(apiErrorMessage(failure) ?? "Your comment wasn't sent. Please try again.");
    } finally {
      setPending(false);
    }
  }

  function close() {
    setOpen(false);
    setMoveFocus(true);
    setError(undefined);
    setProblem(undefined);
  }

  if (!all.length && !canComment) return null;
  return (
    <div className={styles.comments}>
      {all.length ? (
        <>
          <p className={styles.commentsTitle}>
            {all.length} comment{all.length === 1 ? "" : "s"}
          </p>
          <ol className={styles.commentList}>
            {all.map((comment) => (
              <li key={comment.id} className={styles.comment}>
                <p className={styles.commentHead}>
                  <span className={styles.author}>{comment.author?.name ?? "Former colleague"}</span>
                  <time className={styles.when} dateTime={comment.createdAt}>
                    {formatMoment(comment.createdAt)}
                  </time>
                </p>
                <p className={styles.commentBody}>{comment.body}</p>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {canComment && !open ? (
        <button
          ref={opener}
          type="button"
          className={`button button-small ${styles.commentOpener}`}
          onClick={() => {
            setOpen(true);
            setMoveFocus(true);
          }}
        >
          Add a comment
        </button>
      ) : null}
      {canComment && open ? (
        <form
          className={styles.commentForm}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void send();
          }}
        >
          <div className="field">
            <label htmlFor={boxId} className={styles.commentLabel}>
              Your comment
            </label>
            <textarea
              ref={box}
              id={boxId}
              value={body}
              rows={2}
              maxLength={2000}
              onChange={(event) => setBody(event.target.value)}
              {...describedBy(boxId, error)}
            />
            <FieldMessage id={boxId} error={error} />
          </div>
          <div role="alert" className={styles.live}>
            {problem ? <p className="notice notice-error">{problem}</p> : null}
          </div>
          <div className={styles.commentButtons}>
            <button type="submit" className="button button-small button-primary" disabled={pending}>
              {pending ? "Posting…" : "Post comment"}
            </button>
            <button type="button" className="button button-small" disabled={pending} onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
