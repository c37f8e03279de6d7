import { Alert, Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { useFormat } from '../../lib/format.ts';
import { useAnswerQuestion, useQuestions, type Question } from './signal-api.ts';

function AnswerForm({ signalId, question }: { signalId: string; question: Question }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const answer = useAnswerQuestion(signalId);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const id = `answer-${question.id}`;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim() === '') {
          setError(t('validation.required'));
          document.getElementById(id)?.focus();
          return;
        }
        answer.mutate({ questionId: question.id, answer: text.trim() });
      }}
    >
      <Stack gap="xs">
        <Textarea
          id={id}
          label={t('signals.questions.answerLabel')}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setError(undefined);
          }}
          error={error}
          autosize
          minRows={2}
          maxLength={4000}
          required
        />
        {answer.isError && (
          <Alert color="red" role="alert">
            {errorMessage(answer.error)}
          </Alert>
        )}
        <Button type="submit" loading={answer.isPending} w="fit-content">
          {t('signals.questions.send')}
        </Button>
      </Stack>
    </form>
  );
}

/** Questions of triage to the reporter; the reporter answers when the server offers `answer_question`. */
export function QuestionsPanel({ signalId, canAnswer }: { signalId: string; canAnswer: boolean }) {
  const { t } = useTranslation();
  const { formatDate } = useFormat();
  const errorMessage = useErrorMessage();
  const questions = useQuestions(signalId);
  const rows = questions.data?.data ?? [];
  return (
    <Stack gap="sm" component="section" aria-labelledby="questions-heading">
      <Title order={2} size="h3" id="questions-heading">
        {t('signals.questions.title')}
      </Title>
      {questions.isError && <Alert color="red">{errorMessage(questions.error)}</Alert>}
      {questions.isSuccess && rows.length === 0 && <Text c="dimmed">{t('signals.questions.none')}</Text>}
      {rows.map((q) => (
        <Paper key={q.id} withBorder p="sm" radius="md">
          <Stack gap="xs">
            <Text size="xs" c="dimmed">
              {t('signals.questions.askedOn', {
                date: formatDate(q.createdAt, { dateStyle: 'medium', timeStyle: 'short' }),
              })}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{q.question}</Text>
            {q.answer !== null ? (
              <Paper bg="gray.0" p="xs" radius="sm">
                <Text size="xs" c="dimmed">
                  {q.answeredAt
                    ? t('signals.questions.answeredOn', {
                        date: formatDate(q.answeredAt, { dateStyle: 'medium', timeStyle: 'short' }),
                      })
                    : t('signals.questions.answered')}
                </Text>
                <Text style={{ whiteSpace: 'pre-wrap' }}>{q.answer}</Text>
              </Paper>
            ) : canAnswer ? (
              <AnswerForm signalId={signalId} question={q} />
            ) : (
              <Text size="sm" c="dimmed">
                {t('signals.questions.waiting')}
              </Text>
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
