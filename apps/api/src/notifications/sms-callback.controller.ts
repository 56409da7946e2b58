import { Body, Controller, Headers, HttpCode, Post, Query } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SmsReceipts } from '@dondoc/notifications';
import { Public } from '../auth/auth.decorators';

/** The SMS gateway's delivery receipts. Not a user: it proves itself with the shared secret. */
@ApiTags('notifications')
@Controller('sms/callback')
export class SmsCallbackController {
  constructor(private readonly receipts: SmsReceipts) {}

  @Public()
  @Post()
  @HttpCode(200)
  @ApiHeader({
    name: 'X-Callback-Secret',
    required: false,
    description: 'Or ?secret= for gateways that cannot set headers',
  })
  @ApiOperation({ summary: 'Delivery receipt from the SMS gateway (SMSID or RequestId, SendStatus)' })
  async receive(
    @Headers('x-callback-secret') header: string | undefined,
    @Query('secret') query: string | undefined,
    @Body() body: unknown,
  ) {
    this.receipts.assertSecret(header ?? query);
    return this.receipts.record(body);
  }
}
