import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Flex,
  Form,
  Input,
  Radio,
  Result,
  Skeleton,
  Tag,
  Timeline,
  Typography,
} from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { isApiError } from '../../api/errors'
import { currentLocale } from '../../i18n/locale'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { actionName, formatTime, stateColor, stateName } from '../requests/format'
import { PublicLayout } from './PublicLayout'
import { useFeedback, useRate, type PublicFeedback, type Satisfaction } from './publicQueries'

const satisfactions: readonly Satisfaction[] = ['satisfied', 'basically_satisfied', 'dissatisfied']

/** /f/:token — the resident's follow-up page: where their report stands, and the rating when closed. */
export function FeedbackPage() {
  const { token = '' } = useParams()
  const { t } = useTranslation()
  const feedback = useFeedback(token)
  let body
  if (feedback.data) body = <FeedbackView view={feedback.data} token={token} />
  else if (feedback.isError)
    body =
      isApiError(feedback.error) && [400, 404].includes(feedback.error.status) ? (
        <Result
          status="404"
          title={t('publicIntake.feedback.notFound')}
          subTitle={t('publicIntake.feedback.notFoundHint')}
          data-testid="public-feedback-missing"
        />
      ) : (
        <ApiErrorAlert error={feedback.error} onRetry={() => void feedback.refetch()} />
      )
  else body = <Skeleton active />
  return <PublicLayout>{body}</PublicLayout>
}

function FeedbackView({ view, token }: { view: PublicFeedback; token: string }) {
  const { t } = useTranslation()
  const category = currentLocale() === 'zh-CN' ? view.category.nameZh : view.category.nameEn
  return (
    <Flex vertical gap={12}>
      <Card
        title={t('publicIntake.feedback.heading')}
        extra={
          <Tag color={stateColor(view.state)} data-testid="public-feedback-state">
            {stateName(t, view.state)}
          </Tag>
        }
      >
        <Descriptions
          column={1}
          size="small"
          items={[
            {
              key: 'number',
              label: t('publicIntake.feedback.number'),
              children: (
                <Typography.Text strong className="tx-identifier" data-testid="public-feedback-number">
                  {view.number}
                </Typography.Text>
              ),
            },
            { key: 'category', label: t('publicIntake.feedback.category'), children: category },
            {
              key: 'place',
              label: t('publicIntake.feedback.place'),
              children: `${view.communityName} ${view.building}`,
            },
            {
              key: 'at',
              label: t('publicIntake.feedback.reportedAt'),
              children: formatTime(view.reportedAt),
            },
            {
              key: 'description',
              label: t('publicIntake.feedback.description'),
              children: <p className="tx-public-pre">{view.description}</p>,
            },
          ]}
        />
      </Card>
      {view.outcome !== null && (
        <Card title={t('publicIntake.feedback.outcome')} data-testid="public-feedback-outcome">
          <Flex vertical gap={8}>
            <Typography.Text strong>{t(`requests.outcomes.${view.outcome}`)}</Typography.Text>
            {view.resolutionNote && (
              <div>
                <Typography.Text type="secondary">
                  {t('publicIntake.feedback.resolutionNote')}
                </Typography.Text>
                <p className="tx-public-pre">{view.resolutionNote}</p>
              </div>
            )}
          </Flex>
        </Card>
      )}
      <Card title={t('publicIntake.feedback.steps')}>
        <Timeline
          data-testid="public-feedback-steps"
          items={view.steps.map((step, i) => ({
            key: `${step.action}-${String(i)}`,
            content: (
              <Flex vertical>
                <Typography.Text>{actionName(t, step.action, step.actionZh)}</Typography.Text>
                <Typography.Text type="secondary">{formatTime(step.at)}</Typography.Text>
              </Flex>
            ),
          }))}
        />
      </Card>
      {view.satisfaction !== null && (
        <Alert
          type="info"
          showIcon
          title={`${t('publicIntake.feedback.yourRating')}：${t(`requests.satisfactions.${view.satisfaction}`)}`}
        />
      )}
      {view.canRate ? (
        <RatingForm token={token} />
      ) : (
        view.satisfaction === null &&
        view.state !== 'cancelled' && (
          <Typography.Text type="secondary">{t('publicIntake.feedback.ratingLater')}</Typography.Text>
        )
      )}
    </Flex>
  )
}

interface RatingValues {
  satisfaction?: Satisfaction
  comment?: string
  notFixed: boolean
}

function RatingForm({ token }: { token: string }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<RatingValues>()
  const rate = useRate(token)
  const [notFixed, setNotFixed] = useState(false)
  const submit = (values: RatingValues) => {
    rate.mutate(
      {
        satisfaction: values.satisfaction ?? 'satisfied',
        ...(values.comment?.trim() ? { comment: values.comment.trim() } : {}),
        ...(values.notFixed ? { notFixed: true } : {}),
      },
      {
        onSuccess: () => {
          void message.success(
            values.notFixed ? t('publicIntake.feedback.reopened') : t('publicIntake.feedback.thanks'),
          )
        },
      },
    )
  }
  return (
    <Card title={t('publicIntake.feedback.rateHeading')} data-testid="public-rating">
      <Form<RatingValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        size="large"
        initialValues={{ notFixed: false }}
        onFinish={submit}
        onValuesChange={(changed: Partial<RatingValues>) => {
          if (changed.notFixed !== undefined) setNotFixed(changed.notFixed)
        }}
      >
        <Form.Item
          name="satisfaction"
          rules={[{ required: true, message: t('publicIntake.feedback.satisfactionRequired') }]}
        >
          <Radio.Group
            data-testid="public-satisfaction"
            optionType="button"
            buttonStyle="solid"
            options={satisfactions.map((s) => ({ value: s, label: t(`requests.satisfactions.${s}`) }))}
          />
        </Form.Item>
        <Form.Item name="notFixed" valuePropName="checked">
          <Checkbox data-testid="public-not-fixed">{t('publicIntake.feedback.notFixed')}</Checkbox>
        </Form.Item>
        <Form.Item
          name="comment"
          label={t('publicIntake.feedback.comment')}
          rules={
            notFixed
              ? [
                  {
                    required: true,
                    whitespace: true,
                    message: t('publicIntake.feedback.notFixedCommentRequired'),
                  },
                ]
              : []
          }
        >
          <Input.TextArea
            rows={3}
            maxLength={500}
            showCount
            placeholder={t('publicIntake.feedback.commentPlaceholder')}
          />
        </Form.Item>
        {rate.isError && (
          <div style={{ marginBottom: 16 }}>
            <ApiErrorAlert error={rate.error} />
          </div>
        )}
        <Button
          type="primary"
          htmlType="submit"
          block
          loading={rate.isPending}
          data-testid="public-rate-submit"
        >
          {t('publicIntake.feedback.submit')}
        </Button>
      </Form>
    </Card>
  )
}
