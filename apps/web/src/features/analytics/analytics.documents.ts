// GraphQL operations of the analytics dashboard; types come from codegen.
import { graphql } from '../../gql';

export const CommunityAnalyticsDocument = graphql(`
  query CommunityAnalytics($input: CommunityAnalyticsInput!) {
    communityAnalytics(input: $input) {
      questions
      firstResponse {
        medianMinutes
        p90Minutes
        targetMinutes
        withinTargetRate
        responded
      }
      answerRate
      solvedRate
      communityAnswerShare
      deflections
      satisfactionAverage
      satisfactionCount
      topContributors {
        account {
          ...PersonHandleFields
        }
        answers
        accepted
      }
      mostNegativeThreads {
        id
        title
        sentiment
      }
      activityHeatmap {
        dayOfWeek
        hour
        count
      }
      daily {
        date
        questions
        medianFirstResponseMinutes
      }
    }
  }
`);
